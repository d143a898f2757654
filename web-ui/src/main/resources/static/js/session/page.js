// What every session page after the retro shares: the connection badge, the session's topic fed
// to its LiveSync (which refetches after every reconnect), and the presence topic.
import {t} from '../i18n.js';
import {notify} from '../api.js';
import {explain} from '../errors.js';
import {LiveConnection} from '../live.js';

/** Connects the page to its session; answers the live connection. */
export function connectSession({sessionId, sync, onPresence}) {
  const status = document.getElementById('connection');
  const connection = new LiveConnection({
    onConnect: live => {
      status.textContent = t('live');
      status.className = 'connection live';
      live.subscribe('/topic/sessions/' + sessionId, message => sync.receive(message));
      live.subscribe('/topic/sessions/' + sessionId + '/presence', message => {
        if (message && message.type === 'Presence') onPresence(message.present);
      });
      sync.refetch().catch(e => notify(explain(e)));
    },
    onDisconnect: () => {
      status.textContent = t('reconnecting');
      status.className = 'connection offline';
    },
    onError: message => notify(message),
  });
  connection.start();
  return connection;
}

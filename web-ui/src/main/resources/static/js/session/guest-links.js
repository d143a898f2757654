// Invitation links for guests, for any kind of session that lets guests in (a café, a seminar):
// the facilitator makes one, sees it once (its token is kept only as a hash), and may withdraw it,
// which logs its guests out at once.
import {el, t} from '../i18n.js';
import {attempt, notify, sendCommand} from '../api.js';

/** The session's links made on this page, drawn into {@code box}; answers {create}. */
export function guestLinks(sessionId, box) {
  const base = '/api/sessions/' + encodeURIComponent(sessionId) + '/invitations';
  const links = [];

  function render() {
    box.hidden = !links.length;
    box.replaceChildren(...links.map(link => el('div', {class: 'invitation-link'},
      el('label', {}, el('span', {}, t('guestLink')), el('input', {readonly: true, value: link.url, class: 'guest-url'})),
      el('button', {type: 'button', class: 'small danger', onclick: async () => {
        if (await attempt(() => sendCommand('DELETE', base + '/' + encodeURIComponent(link.token))) !== undefined) {
          links.splice(links.indexOf(link), 1);
          notify(t('linkRevoked'), 'info');
          render();
        }
      }}, t('revokeLink')))));
  }

  return {
    async create() {
      const link = await attempt(() => sendCommand('POST', base, {}));
      if (!link) return;
      links.push(link);
      render();
    },
  };
}

// The live connection every session page uses: STOMP over a WebSocket (@stomp/stompjs), with
// heart-beats and reconnecting. When the connection drops, it asks whether the person is still
// logged in; if not, the page says so (sessionLost) and stops reconnecting.
import {Client, ReconnectionTimeMode} from '/webjars/stomp__stompjs/7.2.1/esm6/index.js';
import {api} from './api.js';

export class LiveConnection {
  /**
   * @param onConnect    (connection) => void: subscribe here; called after every (re)connect
   * @param onDisconnect () => void
   * @param onError      (message) => void: the server refused something
   */
  constructor({onConnect, onDisconnect = () => {}, onError = () => {}}) {
    const scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    this.client = new Client({
      brokerURL: scheme + location.host + '/ws',
      heartbeatIncoming: 10000,
      heartbeatOutgoing: 10000,
      reconnectDelay: 500,
      maxReconnectDelay: 10000,
      reconnectTimeMode: ReconnectionTimeMode.EXPONENTIAL,
      onConnect: () => onConnect(this),
      onWebSocketClose: () => {
        onDisconnect();
        this.checkSession();
      },
      onStompError: frame => onError(frame.headers.message || frame.body),
    });
  }

  get connected() {
    return this.client.connected;
  }

  start() {
    this.client.activate();
  }

  stop() {
    this.client.deactivate();
  }

  /** Drops the socket as a network failure would; it reconnects as after one. */
  drop() {
    this.client.forceDisconnect();
  }

  subscribe(destination, handler) {
    return this.client.subscribe(destination, message => handler(message.body ? JSON.parse(message.body) : null));
  }

  send(destination, body) {
    if (!this.client.connected) return;
    this.client.publish({destination, body: JSON.stringify(body), headers: {'content-type': 'application/json'}});
  }

  /** A refused handshake looks like any dropped socket: ask the API whether the session is gone. */
  async checkSession() {
    if (this.checking) return;
    this.checking = true;
    try {
      await api('GET', '/api/me');
    } catch (e) {
      if (e.status === 401) this.stop();
    } finally {
      this.checking = false;
    }
  }
}

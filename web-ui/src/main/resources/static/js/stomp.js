// A small STOMP 1.2 client over a plain WebSocket: connect, subscribe, send, heart-beats,
// and reconnecting with back-off. The page re-subscribes in onConnect after every reconnect.
class StompConnection {
  constructor(url, {onConnect, onDisconnect, onError}) {
    this.url = url;
    this.onConnect = onConnect;
    this.onDisconnect = onDisconnect;
    this.onError = onError || (() => {});
    this.handlers = new Map();
    this.nextId = 0;
    this.retry = 500;
    this.stopped = false;
    this.buffer = '';
  }

  start() {
    this.stopped = false;
    this.open();
  }

  stop() {
    this.stopped = true;
    if (this.socket) this.socket.close();
  }

  open() {
    if (this.stopped) return;
    const socket = new WebSocket(this.url);
    this.socket = socket;
    this.buffer = '';
    socket.onopen = () => this.frame('CONNECT', {'accept-version': '1.2', host: location.host, 'heart-beat': '10000,10000'});
    socket.onmessage = event => this.received(event.data);
    socket.onclose = () => this.closed(socket);
    socket.onerror = () => socket.close();
  }

  closed(socket) {
    if (socket !== this.socket) return;
    clearInterval(this.beat);
    this.connected = false;
    this.handlers.clear();
    if (this.onDisconnect) this.onDisconnect();
    if (this.stopped) return;
    setTimeout(() => this.open(), this.retry);
    this.retry = Math.min(this.retry * 2, 10000);
  }

  received(data) {
    this.lastSeen = Date.now();
    this.buffer += data;
    let end;
    while ((end = this.buffer.indexOf('\0')) >= 0) {
      const raw = this.buffer.slice(0, end).replace(/^[\r\n]+/, '');
      this.buffer = this.buffer.slice(end + 1);
      if (raw) this.dispatch(raw);
    }
    this.buffer = this.buffer.replace(/^[\r\n]+/, '');
  }

  dispatch(raw) {
    const split = raw.indexOf('\n\n');
    const head = (split < 0 ? raw : raw.slice(0, split)).split('\n');
    const body = split < 0 ? '' : raw.slice(split + 2);
    const command = head[0].trim();
    const headers = {};
    for (const line of head.slice(1)) {
      const colon = line.indexOf(':');
      if (colon > 0 && !(line.slice(0, colon) in headers)) headers[line.slice(0, colon)] = unescapeHeader(line.slice(colon + 1));
    }
    if (command === 'CONNECTED') {
      this.connected = true;
      this.retry = 500;
      this.lastSeen = Date.now();
      clearInterval(this.beat);
      this.beat = setInterval(() => this.heartbeat(), 10000);
      this.onConnect();
    } else if (command === 'MESSAGE') {
      const handler = this.handlers.get(headers.subscription);
      if (handler) handler(body ? JSON.parse(body) : null);
    } else if (command === 'ERROR') {
      this.onError(headers.message || body);
    }
  }

  heartbeat() {
    if (this.socket.readyState !== WebSocket.OPEN) return;
    if (Date.now() - this.lastSeen > 30000) {
      this.socket.close();
      return;
    }
    this.socket.send('\n');
  }

  subscribe(destination, handler) {
    const id = 'sub-' + (this.nextId++);
    this.handlers.set(id, handler);
    this.frame('SUBSCRIBE', {id, destination, ack: 'auto'});
    return id;
  }

  send(destination, body) {
    if (!this.connected) return;
    this.frame('SEND', {destination, 'content-type': 'application/json'}, JSON.stringify(body));
  }

  frame(command, headers, body = '') {
    const lines = [command];
    for (const [name, value] of Object.entries(headers)) lines.push(name + ':' + escapeHeader(String(value)));
    this.socket.send(lines.join('\n') + '\n\n' + body + '\0');
  }
}

function escapeHeader(value) {
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/:/g, '\\c').replace(/\r/g, '\\r');
}

function unescapeHeader(value) {
  return value.replace(/\\(.)/g, (match, c) => ({n: '\n', c: ':', r: '\r', '\\': '\\'})[c] ?? match);
}

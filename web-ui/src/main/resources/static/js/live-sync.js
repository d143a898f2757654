// Keeping a live view in step with the server, for every kind of session. The server numbers
// the changes of one session (seq); the view takes them in that order, holds back any that come
// early, and when one is missing (a gap), or a change needs more than its message says, it
// fetches the whole view, which says which seq it is at, and carries on from there.
// Pure: no DOM and no network of its own, so it is unit-tested on its own.

export class LiveSync {
  /**
   * @param fetch    () => Promise of the whole view, with its {seq}
   * @param apply    (view, message) => true when the view must be fetched anew after it
   * @param onChange (view) => void, after the view changed
   * @param onError  (error) => void, when fetching failed
   */
  constructor({fetch, apply, onChange = () => {}, onError = () => {}}) {
    this.fetchView = fetch;
    this.applyMessage = apply;
    this.onChange = onChange;
    this.onError = onError;
    this.view = null;
    this.seq = -1;
    this.early = new Map();
    this.fetching = null;
    this.fetchAgain = false;
  }

  /** Takes one message from the live topic. */
  receive(message) {
    if (message.seq <= this.seq) return;
    this.early.set(message.seq, message);
    this.drain();
  }

  /** Fetches the whole view (on start, after reconnecting, on a gap); one fetch at a time. */
  async refetch() {
    if (this.fetching) {
      this.fetchAgain = true;
      return this.fetching;
    }
    this.fetching = (async () => {
      do {
        this.fetchAgain = false;
        const fresh = await this.fetchView();
        if (!this.view || fresh.seq >= this.seq) {
          this.view = fresh;
          this.seq = fresh.seq;
        }
      } while (this.fetchAgain);
    })();
    try {
      await this.fetching;
    } finally {
      this.fetching = null;
    }
    this.drain();
    this.onChange(this.view);
  }

  drain() {
    if (!this.view) return;
    let changed = false;
    let stale = false;
    while (this.early.has(this.seq + 1)) {
      const message = this.early.get(this.seq + 1);
      this.early.delete(this.seq + 1);
      stale = this.applyMessage(this.view, message) || stale;
      this.seq = message.seq;
      this.view.seq = this.seq;
      changed = true;
    }
    for (const key of [...this.early.keys()]) if (key <= this.seq) this.early.delete(key);
    if ((this.early.size || stale) && !this.fetching) this.refetch().catch(this.onError);
    else if (this.early.size || stale) this.fetchAgain = true;
    if (changed) this.onChange(this.view);
  }
}

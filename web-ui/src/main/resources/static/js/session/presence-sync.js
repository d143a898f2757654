// Who is on a session's board, kept in step with the server: the whole list, with the number of
// the change it is at, fetched on connecting; then each numbered change (who came, who left)
// applied in order; a change that skips a number fetches the whole list again. Pure: no DOM and
// no network of its own, so it is unit-tested on its own.

export class PresenceSync {
  /**
   * @param fetch    () => Promise of {seq, count, present: [{id, displayName}]}
   * @param onChange (present, count) => void, with everyone there, by name
   */
  constructor({fetch, onChange}) {
    this.fetchList = fetch;
    this.onChange = onChange;
    this.seq = -1;
    this.people = new Map();
    this.loading = null;
  }

  /** Fetches the whole list (on connecting, and on a gap); one fetch at a time. */
  async load() {
    if (!this.loading) {
      this.loading = (async () => {
        try {
          const snapshot = await this.fetchList();
          if (snapshot.seq >= this.seq) {
            this.seq = snapshot.seq;
            this.people = new Map(snapshot.present.map(person => [person.id, person]));
          }
        } finally {
          this.loading = null;
        }
      })();
    }
    await this.loading;
    this.report();
  }

  /** Takes one change from the presence topic. */
  receive(change) {
    if (change.seq <= this.seq) return;
    if (this.seq < 0 || change.seq !== this.seq + 1) {
      this.load().catch(() => {});
      return;
    }
    (change.came || []).forEach(person => this.people.set(person.id, person));
    (change.left || []).forEach(id => this.people.delete(id));
    this.seq = change.seq;
    this.report();
  }

  present() {
    return [...this.people.values()].sort((a, b) => String(a.displayName).localeCompare(String(b.displayName)));
  }

  report() {
    this.onChange(this.present(), this.people.size);
  }
}

// What a person's roles let them do, the same on every page (the server decides; pages only
// leave out what would be refused). Pure.

/** Whether the person takes part in the programme's sessions: admins, facilitators and members (not evaluators, not guests). */
export function takesPart(person) {
  return !!person && (person.roles || []).some(role => role === 'ADMIN' || role === 'FACILITATOR' || role === 'MEMBER');
}

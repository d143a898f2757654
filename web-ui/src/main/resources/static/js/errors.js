import {TEXTS, currentLanguage, t} from './i18n.js';

// Swedish wording of every problem the server answers, by its stable code (a test checks that
// each code the server can answer has one). English pages show the server's own detail.
export const ERRORS_SV = {
  'text.empty': '{0} får inte vara tom.',
  'text.too-long': '{0} är {1} tecken lång; högst {2} går.',
  'module.required': 'Välj en modul (1–5).',
  'module.unknown': 'Modul {0} finns inte; välj 1–5.',
  'vote.budget-range': 'Antalet röster måste vara mellan 1 och {0}.',
  'column.required': 'Välj en kolumn.',
  'group.no-cards': 'Markera minst en lapp att gruppera.',
  'group.one-column': 'Lappar i en grupp måste stå i samma kolumn; flytta lappen till {0} först.',
  'group.unknown': 'Gruppen finns inte längre.',
  'card.not-grouped': 'Lappen är inte i någon grupp.',
  'card.same-column': 'Lappen står redan i {0}.',
  'card.unknown': 'Lappen finns inte längre.',
  'card.not-own': 'Du kan bara ändra och ta bort dina egna lappar.',
  'vote.budget-spent': 'Du har använt alla dina {0} röster; ta tillbaka en för att rösta igen.',
  'vote.none-to-retract': 'Du har ingen röst där att ta tillbaka.',
  'vote.unknown-target': 'Det finns ingen sådan lapp eller grupp att rösta på.',
  'phase.required': 'Välj en fas.',
  'phase.one-step': 'Retron är i fasen {0}; den kan bara flyttas ett steg, inte till {1}.',
  'phase.add-cards': 'Lappar kan bara läggas till i fasen {0}; retron är nu i {1}.',
  'phase.edit-cards': 'Lappar kan bara ändras i fasen {0}; retron är nu i {1}.',
  'phase.delete-cards': 'Lappar kan bara tas bort i fasen {0}; retron är nu i {1}.',
  'phase.cast-votes': 'Röster läggs i fasen {0}; retron är nu i {1}.',
  'phase.retract-votes': 'Röster tas tillbaka i fasen {0}; retron är nu i {1}.',
  'phase.record-decisions': 'Beslut antecknas i fasen {0}; retron är nu i {1}.',
  'phase.add-actions': 'Åtgärder läggs till i fasen {0}; retron är nu i {1}.',
  'phase': 'Det görs i fasen {0}; retron är nu i {1}.',
  'timer.too-short': 'Timern behöver minst en sekund.',
  'timer.too-long': 'Timern kan gå i högst {0} minuter.',
  'timer.not-running': 'Ingen timer är igång.',
  'timer.seconds-required': 'Ange hur länge timern ska gå.',
  'action.owner-not-participant': 'Den ansvariga måste vara med i retron.',
  'action.not-listed': 'Åtgärden finns inte bland de öppna åtgärderna för den här retron.',
  'action.outcome-required': 'Välj klar, struken eller fortsätter.',
  'retro.closed': 'Retron är avslutad och tar inte emot ändringar.',
  'retro.join-first': 'Gå med i retron först; bara deltagare kan göra det här.',
  'facilitator-only': 'Bara facilitatorn kan göra det här.',
  'session.unknown': 'Retron finns inte.',
  'session.not-participant': 'Du är inte med i den här retron; gå med först.',
  'person.unknown': 'Logga in igen.',
  'text.control-character': '{0} innehåller ett tecken som inte kan sparas (U+{2}); ta bort det.',
  'text.invisible': '{0} måste innehålla synliga tecken.',
  'date.out-of-range': 'Datumet {0} måste ligga mellan {2} och {3}.',
  'id.malformed': 'Id:t får bara innehålla bokstäver, siffror och bindestreck.',
  'retro.invitation-required': 'Gå med via retrons delningslänk, eller be facilitatorn lägga till dig.',
  'retro.join-token': 'Länken behöver en nyckel på minst {0} tecken.',
  'retro.open-required': 'Ange om retron är öppen.',
  'session.evaluator-reads-only': 'Utvärderare läser alla sessioner men deltar inte i dem.',
  'participant.unknown-person': 'Personen finns inte.',
  'password.required': 'Ange ett lösenord.',
  'password.length': 'Lösenordet måste vara {0}–{1} tecken långt, inte {2}.',
  'password.username': 'Lösenordet får inte innehålla användarnamnet.',
  'password.guessable': 'Lösenordet är för lätt att gissa (vanligt, eller ett vanligt ord eller mönster); välj ett längre, t.ex. några orelaterade ord.',
  'password.current-wrong': 'Det nuvarande lösenordet är fel.',
  'person.not-found': 'Personen finns inte.',
  'person.self-disable': 'Du kan inte stänga av ditt eget konto.',
  'person.disabled-required': 'Ange om kontot är avstängt.',
  'token.unknown': 'Du har ingen sådan nyckel.',
  'history.as-of': 'Ange ett händelsenummer eller en tidpunkt.',
  'history.before-start': 'Sessionen fanns inte än vid den tidpunkten.',
  'idempotency.key-invalid': 'Begäran hade en ogiltig nyckel; ladda om sidan och försök igen.',
  'idempotency.key-reused': 'Begäran skickades redan en gång; ladda om sidan.',
  'server.unavailable': 'Databasen svarar inte just nu; inget sparades. Försök igen om en stund.',
  'server.busy': 'Många sparar just nu; inget sparades. Försök igen om en stund.',
  'server.error': 'Något gick fel på servern; inget kan antas sparat. Försök igen.',
  'person.username-taken': 'Användarnamnet {0} är redan upptaget; välj ett annat.',
  'access.denied': 'Du har inte rätt att göra det här.',
  'request.parameter': 'Värdet för {0} är inte giltigt.',
  'request.body': 'Begäran var felaktigt utformad; ladda om sidan och försök igen.',
  'login.failed': 'Fel användarnamn eller lösenord.',
  'login.required': 'Du har loggats ut – logga in igen.',
  'login.throttled': 'För många misslyckade inloggningar; vänta en stund och försök igen.',
  'token.invalid': 'Nyckeln är okänd eller återkallad.',
  'group.id-required': 'Gruppen behöver ett id.',
  'group.id-taken': 'Id:t används redan av en lapp.',
  'id.required': 'Ett id behövs.',
  'id.taken': 'Id:t {0} används redan i den här retron.',
  'person.roles': 'Välj minst en roll.',
  'person.username': 'Användarnamnet ska vara 2–100 tecken: bokstäver, siffror och . _ @ -',
  'read-model.unknown': 'Den vyn finns inte.',
  'topic.required': 'Välj en lapp eller grupp att diskutera.',
  'topic.unknown': 'Det finns ingen sådan lapp eller grupp i retron.',
  'decision.unknown': 'Beslutet finns inte längre.',
  'action.unknown': 'Åtgärden finns inte längre.',
  'client.session-lost': 'Du har loggats ut – logga in igen.',
};

const ARGS_SV = {
  'title': 'Titeln', 'card-text': 'Lappens text', 'group-name': 'Gruppens namn', 'decision': 'Beslutet',
  'action': 'Åtgärden', 'display-name': 'Namnet',
};

/** What to tell the person about a failed request, in their language where it is known. */
export function explain(error) {
  if (error.unsaved) return t('notSaved');
  if (error.code === 'client.network') return t('networkError');
  if (currentLanguage() !== 'sv' || !error.code) return error.message || t('error');
  let code = error.code;
  while (code && !(code in ERRORS_SV)) code = code.includes('.') ? code.slice(0, code.lastIndexOf('.')) : '';
  if (!code) return error.message || t('error');
  return ERRORS_SV[code].replace(/\{(\d)\}/g, (match, index) => {
    const arg = (error.args || [])[Number(index)] ?? '';
    return ARGS_SV[arg] || (TEXTS.sv[arg] && typeof TEXTS.sv[arg] === 'string' ? TEXTS.sv[arg] : arg);
  });
}

// Swedish and English texts (one dictionary per language, the same keys in both), and building
// elements whose text is always text. The language follows the browser until the person picks one.
export const TEXTS = {
  sv: {
    seminar: 'Seminarium', newSeminar: 'Nytt seminarium', speakersOnePerLine: 'Talare: en per rad', moderatorsLabel: 'Moderatorer (utöver dig)', anonymousQuestions: 'Anonyma frågor tillåtna', moderatedQuestions: 'Frågor granskas innan de visas',
    LIVE: 'Pågår', SEMINAR_ANSWER: 'Besvarad fråga från seminarium', POLL_RESULT: 'Omröstning från seminarium', askQuestion: 'Ställ en fråga', yourQuestion: 'Din fråga', askAnonymously: 'Fråga anonymt', ask: 'Skicka', sortTop: 'Flest röster', sortNew: 'Senaste', sortBy: 'Sortera',
    upvote: 'Rösta upp', upvoted: 'Du har röstat', votesCount: '{0} röster', oneVote: '1 röst', nothingHeld: 'Inget väntar på granskning.', anonymousAuthor: 'Anonym', heldForReview: 'Väntar på granskning', approve: 'Visa', hide: 'Dölj', answerNow: 'Besvaras nu', markAnswered: 'Besvarad', shortAnswer: 'Kort svar (valfritt)', mergeInto: 'Slå ihop med', merge: 'Slå ihop',
    answeringNow: 'Besvaras nu', ANSWERED: 'Besvarad', HIDDEN: 'Dold', MERGED: 'Ihopslagen', HELD: 'Väntar', noQuestions: 'Inga frågor än. Ställ den första!', moderationQueue: 'Att granska', pollsHeading: 'Omröstningar', newPoll: 'Ny omröstning', pollQuestion: 'Fråga', optionsOnePerLine: 'Alternativ: ett per rad', multipleChoice: 'Flera val', createPoll: 'Skapa omröstning',
    openPoll: 'Öppna', closePoll: 'Stäng', showResults: 'Visa resultat', hideResults: 'Dölj resultat', answerPoll: 'Svara', yourAnswer: 'Ditt svar', resultsHidden: 'Resultatet visas när moderatorn väljer det.', respondents: '{0} svar', POLL_NEW: 'Inte öppnad', POLL_OPEN: 'Öppen', POLL_CLOSED: 'Stängd',
    projectorView: 'Projektorvy', audienceView: 'Publikvy', inAudience: '{0} deltagare · {1} här nu', joinSeminar: 'Var med', questionsHeading: 'Frågor', hint_OPEN_seminar: 'Seminariet har inte börjat; du kan skicka frågor redan nu.', hint_LIVE_seminar: 'Seminariet pågår: ställ frågor, rösta upp de viktigaste och svara på omröstningar.', hint_CLOSED_seminar: 'Seminariet är avslutat.', startSeminar: 'Starta seminariet', closeSeminar: 'Avsluta seminariet', confirmCloseSeminar: 'Avsluta seminariet? Därefter ändras ingenting.',
    appName: 'Pollinator', login: 'Logga in', logout: 'Logga ut', username: 'Användarnamn', password: 'Lösenord',
    loginFailed: 'Fel användarnamn eller lösenord.', tooManyLogins: 'För många misslyckade inloggningar; vänta {0} sekunder och försök igen.', loggedOut: 'Du är utloggad.',
    myRetros: 'Mina möten', newRetro: 'Ny retro', title: 'Titel', module: 'Modul', municipality: 'Kommunprojekt',
    none: '— inget —', scheduledAt: 'Planerad tid', voteBudget: 'Röster per deltagare',
    anonymousCards: 'Anonyma lappar', privateReflection: 'Privat reflektion (andra ser texten först vid gruppering)',
    create: 'Skapa', open: 'Öppna', noRetros: 'Du är inte med i något möte ännu – ingen retro, tankesmedja eller café. Be facilitatorn om länken, eller klistra in den nedan.', joinableHeading: 'Du kan gå med', mayJoinThis: 'Du är inte med här ännu, men du får gå med.', joinSession: 'Gå med', tableHosts: 'Bordens värdar', hostOf: 'Värd för', section_questions: 'Frågor och insikter', section_clusters: 'Kluster', section_recommendations: 'Rekommendationer', section_tables: 'Bord och anteckningar', section_harvest: 'Skörd', detail_author: 'av', detail_support: 'stöd', detail_evidence: 'underlag', detail_comment: 'kommentar', detail_addressedTo: 'till', detail_addressedToModule: 'till modul', detail_basedOn: 'bygger på', detail_host: 'värd', detail_round: 'runda', detail_summary: 'sammanfattning', detail_insights: 'insikter', detail_notes: 'anteckningar', toSessionSummary: 'Sammanfattning', maturityTableLabel: 'Självskattningarna, första och senaste', region_board: 'Tavlans kolumner', region_tables: 'Caféets bord', region_questions: 'Tankesmedjans frågor', skipToBoard: 'Hoppa till tavlan', noVotesLeft: 'inga röster kvar', citedBy: 'Citeras i planen:', goal: 'Mål',
    joinById: 'Gå med via länk eller id', join: 'Gå med', participants: 'deltagare',
    STRENGTHEN: 'Förstärka', STOP: 'Avsluta', KEEP: 'Bibehålla',
    STRENGTHEN_hint: 'Vad ska vi göra mer av?', STOP_hint: 'Vad ska vi sluta med?', KEEP_hint: 'Vad ska vi behålla?',
    REFLECT: 'Reflektera', GROUP: 'Gruppera', VOTE: 'Rösta', DISCUSS: 'Diskutera', CLOSED: 'Avslutad',
    nextPhase: 'Nästa fas', prevPhase: 'Tillbaka', addCard: 'Lägg till', cardPlaceholder: 'Skriv en lapp… (Ctrl+Enter)',
    edit: 'Ändra', save: 'Spara', cancel: 'Avbryt', delete: 'Ta bort', hiddenCard: 'Dold lapp',
    groupSelected: 'Gruppera markerade', ungroup: 'Lyft ur gruppen', groupName: 'Gruppens namn', unnamedGroup: 'Grupp utan namn',
    moveTo: 'Flytta till', select: 'Markera', votesLeft: 'Röster kvar', vote: 'Rösta', unvote: 'Ta tillbaka röst', voteOn: 'Rösta på', unvoteFrom: 'Ta tillbaka röst från',
    votes: 'röster', myVotes: 'mina', decisions: 'Beslut', decision: 'Beslut', record: 'Spara',
    actions: 'Åtgärder', action: 'Åtgärd', owner: 'Ansvarig', dueDate: 'Klart senast', add: 'Lägg till',
    earlierActions: 'Öppna åtgärder från tidigare retros', DONE: 'Klar', DROPPED: 'Struken', CARRIED_ON: 'Fortsätter',
    notReviewed: 'Ej gått igenom', timer: 'Timer', startTimer: 'Starta timer', stopTimer: 'Stoppa timer', minutes: 'min',
    present: 'Här nu', facilitator: 'Facilitator', you: 'du', anonymous: 'Anonym',
    typing: 'Någon skriver i', reconnecting: 'Återansluter…', live: 'Live', closedNote: 'Retron är avslutad. Här är vad den kom fram till.',
    noDecisions: 'Inga beslut ännu.', noActions: 'Inga åtgärder ännu.', back: 'Mina möten', language: 'Språk',
    share: 'Bjud in', shareHint: 'Länken (Kopiera länk) låter den som får den gå med. En ny länk gör den gamla ogiltig.',
    renewLink: 'Ny länk', linkRenewed: 'Länken är förnyad; den gamla fungerar inte längre.',
    openToModule: 'Öppen för hela modulen (utan länk)', addParticipant: 'Lägg till deltagare',
    error: 'Något gick fel', notSaved: 'Inte sparat – kontrollera anslutningen och försök igen. Det du skrev finns kvar.',
    networkError: 'Servern svarar inte; kontrollera anslutningen.', timeUp: 'Tiden är ute', copyLink: 'Kopiera länk', copied: 'Kopierad',
    hint_REFLECT: 'Skriv lappar i kolumnerna.', hint_REFLECT_private: 'Skriv lappar i kolumnerna. De andra ser din text först när ni grupperar.',
    hint_GROUP: 'Dra en lapp till en annan för att gruppera dem, eller till en annan kolumn för att flytta den. Du kan också markera lappar och gruppera dem.',
    hint_VOTE: 'Lägg dina röster på lappar eller grupper. Du kan lägga flera på samma och ta tillbaka dem.',
    hint_DISCUSS: 'Det som fått flest röster står först. Facilitatorn antecknar beslut och åtgärder.',
    hint_CLOSED: 'Retron är avslutad och kan inte längre ändras.',
    confirmClose: 'Avsluta retron? Efter det går den inte att ändra.',
    confirmPublish: 'Publicera rekommendationerna och avsluta tankesmedjan? Efter det går den inte att ändra.', joinRetro: 'Var med i retron',
    deadLetters: 'Händelser som väntar', retryNow: 'Försök igen nu', noDeadLetters: 'Inget väntar; alla vyer är i fas.',
    deadLettersHint: 'Händelser som en vy (läsmodell) inte kunde ta emot. De prövas igen av sig själva, med allt längre väntan; rätta orsaken och försök igen nu.',
    attempts: 'Försök', nextTry: 'Nästa försök', caughtUp: 'Ikapp', deadLettersLink: 'Drift',
    people: 'Personer', addPerson: 'Lägg till person', displayName: 'Namn', roles: 'Roller', personAdded: 'Personen är tillagd.',
    sessionLost: 'Du har loggats ut – logga in igen.', loginAgain: 'Logga in igen', phases: 'Faser', outcomes: 'Vad retron kom fram till', cardOne: 'lapp', cardMany: 'lappar', voteOne: 'röst', phaseNow: 'Fasen är nu',
    openComposer: 'Lägg till lapp', collapse: 'Fäll ihop', expand: 'Fäll ut', myAccount: 'Mitt konto', changePassword: 'Byt lösenord', currentPassword: 'Nuvarande lösenord',
    passwordRule: '12–128 tecken, inte lätt att gissa; några orelaterade ord fungerar bra.', passwordChanged: 'Lösenordet är bytt.',
    tokens: 'Nycklar för API-klienter', tokensHint: 'En nyckel låter ett program använda API:t i ditt namn (Authorization: Bearer …). Den visas bara när den skapas.',
    tokenName: 'Namn på nyckeln', createToken: 'Skapa nyckel', tokenOnce: 'Kopiera nyckeln nu; den visas inte igen:', revoke: 'Återkalla',
    tokenLife: 'Gäller i', days30: '30 dagar', days90: '90 dagar', days180: '180 dagar', days365: 'ett år', expires: 'går ut',
    noTokens: 'Inga nycklar.', created: 'Skapad', lastUsed: 'senast använd', newPassword: 'Nytt lösenord', setPassword: 'Sätt nytt lösenord', passwordSet: 'Lösenordet är bytt; personens inloggningar är avslutade.',
    disable: 'Stäng av', enable: 'Aktivera', disabled: 'Avstängd', confirmDisable: 'Stänga av kontot? Personen loggas ut direkt.', saved: 'Sparat.', showVotesLive: 'Visa rösternas summa redan under röstningen', votesHiddenHint: 'Summan av rösterna visas när ni börjar diskutera.', queue: 'Diskussionsordning', discussNow: 'Diskutera nu', discussingNow: 'Diskuteras nu',
    onTopic: 'om', topic: 'Ämne', noTopic: '— inget ämne —', confirmDelete: 'Ta bort? Det går inte att ångra.', summary: 'Sammanfattning', toBoard: 'Till tavlan', print: 'Skriv ut', downloadMarkdown: 'Ladda ner (Markdown)',
    downloadCsv: 'Ladda ner (CSV)', downloadJson: 'Ladda ner (JSON)', participation: 'Deltagande', topicsByVotes: 'Ämnen efter röster',
    notClosedYet: 'Retron är inte avslutad än; sammanfattningen kan ändras.', toSummary: 'Sammanfattning',
    usernameRule: '2–100 tecken: bokstäver, siffror och . _ @ -',
    programmeLink: 'Programmet', programmeTitle: 'Programmet', modulesHeading: 'Moduler', municipalitiesHeading: 'Kommunprojekt',
    pilot: 'Lots', leads: 'Ledare', members: 'Medlemmar', noPilot: 'ingen lots än', retired: 'Avslutad',
    planFulfilment: 'Måluppfyllelse', goalsCount: 'mål', subGoalsCount: 'delmål', noPlanAccess: 'Planen visas för projektets egna och konsortiet.',
    planHeading: 'Strategisk och taktisk plan', needsHeading: 'Nulägesanalys', maturityHeading: 'Innovationsmognad (självskattning enligt ISO 56002)',
    newGoal: 'Nytt mål', newSubGoal: 'Nytt delmål', reviseGoal: 'Ändra', recordProgress: 'Registrera utfall', moveGoal: 'Flytta',
    retireGoal: 'Avsluta målet', historyOf: 'Historik', rationale: 'Motivering – varför ändras planen?', sourceLabel: 'Källa',
    findSource: 'Sök bland beslut, åtgärder, rekommendationer och insikter från möten', noSource: 'Ingen källa vald.', sourceNotCitable: 'Det kan inte citeras här: du ser inte mötet det kom från, eller så är det inte (längre) ett beslut, en åtgärd, en publicerad rekommendation eller en skördad insikt. Välj en annan källa nedan, eller ingen.', mayNotChangePlan: 'Du kan inte ändra den här planen: det gör projektets pilot och medlemmar, modulernas ledare, facilitatorer och administratörer. Du kan läsa den.', removeSource: 'Ta bort källan',
    chooseSource: 'Välj', description: 'Beskrivning', indicator: 'Indikator', unit: 'Enhet', baseline: 'Utgångsvärde',
    target: 'Målvärde', status: 'Status', callsOnModules: 'Tar hjälp av moduler', goalTitle: 'Mål', parentGoal: 'Ligger under',
    topLevel: '— överst (strategiskt mål) —', status_PLANNED: 'Planerat', status_IN_PROGRESS: 'Pågår', status_ACHIEVED: 'Uppnått',
    status_DROPPED: 'Släppt', kind_ADDED: 'Lade till målet', kind_REVISED: 'Ändrade', kind_MOVED: 'Flyttade målet',
    kind_RETIRED: 'Avslutade målet', progressReport: 'Registrerade utfall', value: 'Värde', date: 'Datum', comment: 'Kommentar',
    asOfLabel: 'Visa planen per datum', today: 'Idag', asOfNote: 'Så här såg planen ut i slutet av {0}. Ändrat sedan dess:',
    nothingSince: 'Inget har ändrats sedan dess.', noGoals: 'Planen har inga mål än.', showRetired: 'Visa avslutade mål',
    latestValue: 'senast', lastChangedBy: 'Senast ändrad av {0}, {1}', notWritten: 'Inte skrivet än.', saveSection: 'Spara avsnittet',
    innovationSystem: 'Innovationssystem', section_KEY_ACTORS: 'Nyckelaktörer', section_NETWORKS: 'Nätverk',
    section_INSTITUTIONAL_CONDITIONS: 'Institutionella förutsättningar', section_REGIONAL_STEERING_DOCUMENTS: 'Regionala styrdokument',
    section_INSTRUMENT_PORTFOLIO: 'Instrumentportfölj', section_VISIONS_AND_SUSTAINABILITY_GOALS: 'Visioner och hållbarhetsmål (riktning)',
    section_GOVERNANCE_FOR_SYSTEMIC_INNOVATION: 'Styrning mot systemisk innovation',
    section_GOVERNANCE_AND_LEADERSHIP: 'Styrkor och svagheter i styrning och ledarskap', section_NEEDS: 'Behov',
    dim_CONTEXT: 'Organisationens kontext', dim_LEADERSHIP: 'Ledarskap', dim_PLANNING: 'Planering', dim_SUPPORT: 'Stöd',
    dim_OPERATIONS: 'Verksamhet', dim_PERFORMANCE_EVALUATION: 'Utvärdering', dim_IMPROVEMENT: 'Förbättring',
    newAssessment: 'Ny självskattning', firstAssessment: 'Första', latestAssessment: 'Senaste', dimension: 'Område',
    noAssessments: 'Ingen självskattning än.', assessmentsCount: 'självskattningar', scoreOf: 'Värde 1–5 för',
    changePlanFromThis: 'Ändra en plan utifrån detta', choosePlanFor: 'Välj kommunprojektet vars plan ska ändras utifrån det du kom ifrån.',
    fulfilmentOf: 'Måluppfyllelse för', fromSession: 'i', DECISION: 'Beslut', ACTION_ITEM: 'Åtgärd', RECOMMENDATION: 'Rekommendation', CAFE_INSIGHT: 'Insikt från café', goalSaved: 'Planen är ändrad.',
    addModule: 'Lägg till modul', addMunicipality: 'Lägg till kommunprojekt', nameSv: 'Namn på svenska', nameEn: 'Namn på engelska',
    setPilot: 'Sätt lots', addMember: 'Lägg till medlem', addLead: 'Lägg till ledare', confirmRetire: 'Avsluta? Historiken finns kvar, men det erbjuds inte längre som val.', toPlan: 'Plan och nulägesanalys', person: 'Person', retire: 'Avsluta',
    evidence: 'Underlag', recommendation: 'Rekommendation', thinkTank: 'Tankesmedja', PREPARE: 'Förbered', EXPLORE: 'Utforska', RECOMMEND: 'Rekommendera', insightsHeading: 'Insikter',
    addInsight: 'Lägg till insikt', insightPlaceholder: 'Skriv en insikt…', evidencePlaceholder: 'Underlag: länk eller referens (valfritt)',
    supportInsight: 'Stöd', withdrawSupport: 'Ta tillbaka stöd', supportCount: 'stöd', commentsHeading: 'Kommentarer', addComment: 'Kommentera',
    clusterSelected: 'Klustra markerade', clusterName: 'Klustrets namn', recommendationsHeading: 'Rekommendationer',
    newRecommendation: 'Ny rekommendation', addressedTo: 'Riktad till', basedOn: 'Bygger på', published: 'Publicerad',
    expertsHeading: 'Experter', programmeWide: 'Hela programmet', joinThinkTank: 'Var med i tankesmedjan', newThinkTank: 'Ny tankesmedja',
    questionsOnePerLine: 'Frågor (en per rad)', invitedExperts: 'Inbjudna experter', noInsights: 'Inga insikter än.',
    noRecommendations: 'Inga rekommendationer än.', addQuestion: 'Lägg till fråga', inviteExpert: 'Bjud in expert',
    hint_PREPARE: 'Facilitatorn förbereder frågorna och bjuder in experter.', hint_EXPLORE: 'Skriv insikter till frågorna, kommentera, ge stöd och klustra dem.',
    hint_RECOMMEND: 'Facilitatorn och experterna skriver rekommendationer som bygger på insikterna.',
    hint_CLOSED_thinktank: 'Tankesmedjan är avslutad och rekommendationerna är publicerade.', sessions: 'Möten', kindFilter: 'Visa',
    allKinds: 'Alla slag', selectInsight: 'Markera',
    OPEN: 'Öppet', ROUND: 'Runda pågår', HARVEST: 'Skörd', cafe: 'Café', theme: 'Tema', roundLabel: 'Runda', roundRunning: 'pågår', startRound: 'Starta runda', endRound: 'Avsluta rundan',
    shuffle: 'Blanda borden', startHarvest: 'Börja skörda', closeCafe: 'Avsluta caféet', inviteGuests: 'Skapa länk för gäster',
    guestLink: 'Länk för gäster (visas bara nu)', revokeLink: 'Dra tillbaka länken', linkRevoked: 'Länken är tillbakadragen; dess gäster är utloggade.',
    sitHere: 'Sätt dig här', host: 'Värd', notesHeading: 'Anteckningar', notePlaceholder: 'Skriv en anteckning…', addNote: 'Lägg till',
    summariesHeading: 'Värdens sammanfattning', summarise: 'Spara sammanfattning', harvestHeading: 'Skörd', harvestInsight: 'Lägg till insikt',
    fromNotes: 'Från anteckningarna', joinCafe: 'Var med i caféet', youAreInvited: 'Du är inbjuden',
    chooseName: 'Vilket namn vill du visas med?', enter: 'Gå in', guestHint: 'Du behöver inget konto. Du ser bara det du är inbjuden till.', guestRevoked: 'Inbjudan har dragits tillbaka. Fråga den som bjöd in dig om en ny länk.', guestExpired: 'Inbjudan har gått ut. Fråga den som bjöd in dig om en ny länk.', guestCafeClosed: 'Caféet är avslutat. Tack för att du var med!', guestSessionClosed: 'Mötet är avslutat. Tack för att du var med!',
    noNotes: 'Inga anteckningar än.', cafeOpen: 'Väntar på första rundan', cafeHarvest: 'Skörd', newCafe: 'Nytt café',
    tablesOnePerLine: 'Bord: en fråga per rad', seatedHere: 'Sitter här', noHarvest: 'Ingen skörd än.', kind_CAFE_long: 'Café',
    timerSound: 'Ljud', timerSoundHint: 'Ett kort ljud när tiden är ute (bara i den här webbläsaren)',
    retros: 'Retros', search: 'Sök', searchHint: 'Titel, kommun eller facilitator', activeRetros: 'Pågående', closedRetros: 'Avslutade',
    createdOn: 'skapad', noMatches: 'Inga retros matchar sökningen.', addPeopleNow: 'Lägg till personer',
    emptyAddPeople: 'Här finns inga möten än. Börja med att lägga till programmets personer – facilitatorer, deltagare och utvärderare – så kan en facilitator skapa den första retron, tankesmedjan eller caféet.',
    emptyCreate: 'Här finns inga möten än. Skapa en retro, en tankesmedja eller ett café ovan och bjud in deltagarna.',
    role_MEMBER: 'Deltagare', role_FACILITATOR: 'Facilitator', role_EVALUATOR: 'Utvärderare', role_ADMIN: 'Administratör',
  },
  en: {
    seminar: 'Seminar', newSeminar: 'New seminar', speakersOnePerLine: 'Speakers: one per line', moderatorsLabel: 'Moderators (besides you)', anonymousQuestions: 'Anonymous questions allowed', moderatedQuestions: 'Questions are reviewed before they show',
    LIVE: 'Live', SEMINAR_ANSWER: 'Answered seminar question', POLL_RESULT: 'Seminar poll', askQuestion: 'Ask a question', yourQuestion: 'Your question', askAnonymously: 'Ask anonymously', ask: 'Send', sortTop: 'Most votes', sortNew: 'Newest', sortBy: 'Sort',
    upvote: 'Upvote', upvoted: 'You voted', votesCount: '{0} votes', oneVote: '1 vote', nothingHeld: 'Nothing waits for review.', anonymousAuthor: 'Anonymous', heldForReview: 'Waiting for review', approve: 'Show', hide: 'Hide', answerNow: 'Answer now', markAnswered: 'Answered', shortAnswer: 'Short answer (optional)', mergeInto: 'Merge into', merge: 'Merge',
    answeringNow: 'Being answered', ANSWERED: 'Answered', HIDDEN: 'Hidden', MERGED: 'Merged', HELD: 'Waiting', noQuestions: 'No questions yet. Ask the first!', moderationQueue: 'To review', pollsHeading: 'Polls', newPoll: 'New poll', pollQuestion: 'Question', optionsOnePerLine: 'Options: one per line', multipleChoice: 'Multiple choice', createPoll: 'Create poll',
    openPoll: 'Open', closePoll: 'Close', showResults: 'Show results', hideResults: 'Hide results', answerPoll: 'Answer', yourAnswer: 'Your answer', resultsHidden: 'The results show when the moderator chooses.', respondents: '{0} answers', POLL_NEW: 'Not opened', POLL_OPEN: 'Open', POLL_CLOSED: 'Closed',
    projectorView: 'Projector view', audienceView: 'Audience view', inAudience: '{0} participants · {1} here now', joinSeminar: 'Take part', questionsHeading: 'Questions', hint_OPEN_seminar: 'The seminar has not started; you can send questions already.', hint_LIVE_seminar: 'The seminar is live: ask questions, upvote the ones that matter and answer polls.', hint_CLOSED_seminar: 'The seminar is over.', startSeminar: 'Start the seminar', closeSeminar: 'Close the seminar', confirmCloseSeminar: 'Close the seminar? Nothing changes after that.',
    appName: 'Pollinator', login: 'Log in', logout: 'Log out', username: 'Username', password: 'Password',
    loginFailed: 'Wrong username or password.', tooManyLogins: 'Too many failed logins; wait {0} seconds and try again.', loggedOut: 'You are logged out.',
    myRetros: 'My sessions', newRetro: 'New retro', title: 'Title', module: 'Module', municipality: 'Municipality project',
    none: '— none —', scheduledAt: 'Scheduled for', voteBudget: 'Votes per participant',
    anonymousCards: 'Anonymous cards', privateReflection: 'Private reflection (others see texts from grouping on)',
    create: 'Create', open: 'Open', noRetros: 'You are not in any session yet – no retro, think tank or café. Ask the facilitator for its link, or paste it below.', joinableHeading: 'You may join', mayJoinThis: 'You are not in this one yet, but you may join it.', joinSession: 'Join', tableHosts: 'The tables\' hosts', hostOf: 'Host of', section_questions: 'Questions and insights', section_clusters: 'Clusters', section_recommendations: 'Recommendations', section_tables: 'Tables and notes', section_harvest: 'Harvest', detail_author: 'by', detail_support: 'support', detail_evidence: 'evidence', detail_comment: 'comment', detail_addressedTo: 'to', detail_addressedToModule: 'to module', detail_basedOn: 'based on', detail_host: 'host', detail_round: 'round', detail_summary: 'summary', detail_insights: 'insights', detail_notes: 'notes', toSessionSummary: 'Summary', maturityTableLabel: 'The self-assessments, first and latest', region_board: 'The board\'s columns', region_tables: 'The café\'s tables', region_questions: 'The think tank\'s questions', skipToBoard: 'Skip to the board', noVotesLeft: 'no votes left', citedBy: 'Cited by the plan:', goal: 'Goal',
    joinById: 'Join by link or id', join: 'Join', participants: 'participants',
    STRENGTHEN: 'Strengthen', STOP: 'Stop', KEEP: 'Keep',
    STRENGTHEN_hint: 'What should we do more of?', STOP_hint: 'What should we stop doing?', KEEP_hint: 'What should we keep?',
    REFLECT: 'Reflect', GROUP: 'Group', VOTE: 'Vote', DISCUSS: 'Discuss', CLOSED: 'Closed',
    nextPhase: 'Next phase', prevPhase: 'Back', addCard: 'Add', cardPlaceholder: 'Write a card… (Ctrl+Enter)',
    edit: 'Edit', save: 'Save', cancel: 'Cancel', delete: 'Delete', hiddenCard: 'Hidden card',
    groupSelected: 'Group selected', ungroup: 'Take out of group', groupName: 'Group name', unnamedGroup: 'Unnamed group',
    moveTo: 'Move to', select: 'Select', votesLeft: 'Votes left', vote: 'Vote', unvote: 'Take vote back', voteOn: 'Vote for', unvoteFrom: 'Take vote back from',
    votes: 'votes', myVotes: 'mine', decisions: 'Decisions', decision: 'Decision', record: 'Record',
    actions: 'Action items', action: 'Action item', owner: 'Owner', dueDate: 'Due', add: 'Add',
    earlierActions: 'Open action items from earlier retros', DONE: 'Done', DROPPED: 'Dropped', CARRIED_ON: 'Carried on',
    notReviewed: 'Not reviewed', timer: 'Timer', startTimer: 'Start timer', stopTimer: 'Stop timer', minutes: 'min',
    present: 'Here now', facilitator: 'Facilitator', you: 'you', anonymous: 'Anonymous',
    typing: 'Someone is writing in', reconnecting: 'Reconnecting…', live: 'Live', closedNote: 'This retro is closed. Here is what it decided.',
    noDecisions: 'No decisions yet.', noActions: 'No action items yet.', back: 'My sessions', language: 'Language',
    share: 'Invite', shareHint: 'The link (Copy link) lets whoever gets it join. A new link makes the old one stop working.',
    renewLink: 'New link', linkRenewed: 'The link is renewed; the old one no longer works.',
    openToModule: 'Open to the whole module (no link needed)', addParticipant: 'Add participant',
    error: 'Something went wrong', notSaved: 'Not saved – check your connection and try again. What you wrote is still here.',
    networkError: 'The server does not answer; check your connection.', timeUp: 'Time is up', copyLink: 'Copy link', copied: 'Copied',
    hint_REFLECT: 'Write cards in the columns.', hint_REFLECT_private: 'Write cards in the columns. Others see your text once grouping starts.',
    hint_GROUP: 'Drag a card onto another to group them, or to another column to move it. You can also select cards and group them.',
    hint_VOTE: 'Spend your votes on cards or groups. You may stack votes and take them back.',
    hint_DISCUSS: 'The most voted come first. The facilitator records decisions and action items.',
    hint_CLOSED: 'This retro is closed and can no longer change.',
    confirmClose: 'Close the retro? After that it cannot be changed.',
    confirmPublish: 'Publish the recommendations and close the think tank? After that it cannot be changed.', joinRetro: 'Take part in this retro',
    deadLetters: 'Events waiting', retryNow: 'Try again now', noDeadLetters: 'Nothing is waiting; every view is up to date.',
    deadLettersHint: 'Events a view (read model) could not take. They are tried again by themselves, with ever longer waits; mend the cause and try again now.',
    attempts: 'Tries', nextTry: 'Next try', caughtUp: 'Caught up', deadLettersLink: 'Operations',
    people: 'People', addPerson: 'Add a person', displayName: 'Name', roles: 'Roles', personAdded: 'The person was added.',
    sessionLost: 'You have been logged out – log in again.', loginAgain: 'Log in again', phases: 'Phases', outcomes: 'What the retro came to', cardOne: 'card', cardMany: 'cards', voteOne: 'vote', phaseNow: 'The phase is now',
    openComposer: 'Add card', collapse: 'Collapse', expand: 'Expand', myAccount: 'My account', changePassword: 'Change password', currentPassword: 'Current password',
    passwordRule: '12–128 characters, not easy to guess; a few unrelated words work well.', passwordChanged: 'Your password is changed.',
    tokens: 'Keys for API clients', tokensHint: 'A key lets a program use the API in your name (Authorization: Bearer …). It is shown only when made.',
    tokenName: 'Name of the key', createToken: 'Create key', tokenOnce: 'Copy the key now; it is not shown again:', revoke: 'Revoke',
    tokenLife: 'Valid for', days30: '30 days', days90: '90 days', days180: '180 days', days365: 'a year', expires: 'expires',
    noTokens: 'No keys.', created: 'Created', lastUsed: 'last used', newPassword: 'New password', setPassword: 'Set new password', passwordSet: 'The password is changed; the person\'s sessions have ended.',
    disable: 'Disable', enable: 'Enable', disabled: 'Disabled', confirmDisable: 'Disable the account? The person is logged out at once.', saved: 'Saved.', showVotesLive: 'Show vote totals while voting', votesHiddenHint: 'The vote totals are shown when the discussion starts.', queue: 'Discussion queue', discussNow: 'Discuss now', discussingNow: 'Being discussed',
    onTopic: 'on', topic: 'Topic', noTopic: '— no topic —', confirmDelete: 'Delete? This cannot be undone.', summary: 'Summary', toBoard: 'To the board', print: 'Print', downloadMarkdown: 'Download (Markdown)',
    downloadCsv: 'Download (CSV)', downloadJson: 'Download (JSON)', participation: 'Participation', topicsByVotes: 'Topics by votes',
    notClosedYet: 'The retro is not closed yet; this summary may still change.', toSummary: 'Summary',
    usernameRule: '2–100 characters: letters, digits and . _ @ -',
    programmeLink: 'Programme', programmeTitle: 'The programme', modulesHeading: 'Modules', municipalitiesHeading: 'Municipality projects',
    pilot: 'Pilot', leads: 'Leads', members: 'Members', noPilot: 'no pilot yet', retired: 'Retired',
    planFulfilment: 'Goal fulfilment', goalsCount: 'goals', subGoalsCount: 'sub-goals', noPlanAccess: 'The plan is shown to the project\'s own people and the consortium.',
    planHeading: 'Strategic and tactical plan', needsHeading: 'Needs analysis', maturityHeading: 'Innovation maturity (self-assessment after ISO 56002)',
    newGoal: 'New goal', newSubGoal: 'New sub-goal', reviseGoal: 'Revise', recordProgress: 'Record progress', moveGoal: 'Move',
    retireGoal: 'Retire goal', historyOf: 'History', rationale: 'Rationale – why does the plan change?', sourceLabel: 'Source',
    findSource: 'Search decisions, action items, recommendations and insights from sessions', noSource: 'No source chosen.', sourceNotCitable: 'That item cannot be cited here: you cannot see its session, or it is no decision, action item, published recommendation or harvest insight (any more). Choose another source below, or none.', mayNotChangePlan: 'You cannot change this plan: its project\'s pilot and members, the module leads, facilitators and admins do. You may read it.', removeSource: 'Remove the source',
    chooseSource: 'Choose', description: 'Description', indicator: 'Indicator', unit: 'Unit', baseline: 'Baseline',
    target: 'Target', status: 'Status', callsOnModules: 'Calls on modules', goalTitle: 'Goal', parentGoal: 'Under',
    topLevel: '— top (strategic goal) —', status_PLANNED: 'Planned', status_IN_PROGRESS: 'In progress', status_ACHIEVED: 'Achieved',
    status_DROPPED: 'Dropped', kind_ADDED: 'Added the goal', kind_REVISED: 'Revised', kind_MOVED: 'Moved the goal',
    kind_RETIRED: 'Retired the goal', progressReport: 'Recorded progress', value: 'Value', date: 'Date', comment: 'Comment',
    asOfLabel: 'Show the plan as of', today: 'Today', asOfNote: 'This is the plan as it stood at the end of {0}. Changed since:',
    nothingSince: 'Nothing has changed since.', noGoals: 'The plan has no goals yet.', showRetired: 'Show retired goals',
    latestValue: 'latest', lastChangedBy: 'Last changed by {0}, {1}', notWritten: 'Not written yet.', saveSection: 'Save the section',
    innovationSystem: 'Innovation system', section_KEY_ACTORS: 'Key actors', section_NETWORKS: 'Networks',
    section_INSTITUTIONAL_CONDITIONS: 'Institutional conditions', section_REGIONAL_STEERING_DOCUMENTS: 'Regional steering documents',
    section_INSTRUMENT_PORTFOLIO: 'Instrument portfolio', section_VISIONS_AND_SUSTAINABILITY_GOALS: 'Visions and sustainability goals (directionality)',
    section_GOVERNANCE_FOR_SYSTEMIC_INNOVATION: 'Governance towards systemic innovation',
    section_GOVERNANCE_AND_LEADERSHIP: 'Strengths and weaknesses in governance and leadership', section_NEEDS: 'Needs',
    dim_CONTEXT: 'Context of the organization', dim_LEADERSHIP: 'Leadership', dim_PLANNING: 'Planning', dim_SUPPORT: 'Support',
    dim_OPERATIONS: 'Operations', dim_PERFORMANCE_EVALUATION: 'Performance evaluation', dim_IMPROVEMENT: 'Improvement',
    newAssessment: 'New self-assessment', firstAssessment: 'First', latestAssessment: 'Latest', dimension: 'Area',
    noAssessments: 'No self-assessment yet.', assessmentsCount: 'self-assessments', scoreOf: 'Score 1–5 for',
    changePlanFromThis: 'Change a plan because of this', choosePlanFor: 'Choose the municipality project whose plan changes because of what you came from.',
    fulfilmentOf: 'Fulfilment of', fromSession: 'in', DECISION: 'Decision', ACTION_ITEM: 'Action item', RECOMMENDATION: 'Recommendation', CAFE_INSIGHT: 'Café insight', goalSaved: 'The plan is changed.',
    addModule: 'Add module', addMunicipality: 'Add municipality project', nameSv: 'Name in Swedish', nameEn: 'Name in English',
    setPilot: 'Set pilot', addMember: 'Add member', addLead: 'Add lead', confirmRetire: 'Retire? Its history stays, but it is no longer offered as a choice.', toPlan: 'Plan and needs analysis', person: 'Person', retire: 'Retire',
    evidence: 'Evidence', recommendation: 'Recommendation', thinkTank: 'Think tank', PREPARE: 'Prepare', EXPLORE: 'Explore', RECOMMEND: 'Recommend', insightsHeading: 'Insights',
    addInsight: 'Add insight', insightPlaceholder: 'Write an insight…', evidencePlaceholder: 'Evidence: a link or a reference (optional)',
    supportInsight: 'Support', withdrawSupport: 'Take support back', supportCount: 'support', commentsHeading: 'Comments', addComment: 'Comment',
    clusterSelected: 'Cluster selected', clusterName: 'Cluster name', recommendationsHeading: 'Recommendations',
    newRecommendation: 'New recommendation', addressedTo: 'Addressed to', basedOn: 'Based on', published: 'Published',
    expertsHeading: 'Experts', programmeWide: 'The whole programme', joinThinkTank: 'Take part in the think tank', newThinkTank: 'New think tank',
    questionsOnePerLine: 'Questions (one per line)', invitedExperts: 'Invited experts', noInsights: 'No insights yet.',
    noRecommendations: 'No recommendations yet.', addQuestion: 'Add question', inviteExpert: 'Invite expert',
    hint_PREPARE: 'The facilitator prepares the questions and invites experts.', hint_EXPLORE: 'Write insights to the questions, comment, support and cluster them.',
    hint_RECOMMEND: 'The facilitator and the experts draft recommendations based on the insights.',
    hint_CLOSED_thinktank: 'The think tank is closed and its recommendations are published.', sessions: 'Sessions', kindFilter: 'Show',
    allKinds: 'All kinds', selectInsight: 'Select',
    OPEN: 'Open', ROUND: 'Round running', HARVEST: 'Harvest', cafe: 'Café', theme: 'Theme', roundLabel: 'Round', roundRunning: 'running', startRound: 'Start round', endRound: 'End the round',
    shuffle: 'Shuffle the tables', startHarvest: 'Start the harvest', closeCafe: 'Close the café', inviteGuests: 'Create a link for guests',
    guestLink: 'Link for guests (shown only now)', revokeLink: 'Withdraw the link', linkRevoked: 'The link is withdrawn; its guests are logged out.',
    sitHere: 'Sit here', host: 'Host', notesHeading: 'Notes', notePlaceholder: 'Write a note…', addNote: 'Add',
    summariesHeading: "The host's summary", summarise: 'Save summary', harvestHeading: 'Harvest', harvestInsight: 'Add insight',
    fromNotes: 'From the notes', joinCafe: 'Take part in the café', youAreInvited: 'You are invited',
    chooseName: 'Which name would you like to be shown?', enter: 'Enter', guestHint: 'You need no account. You see only what you are invited to.', guestRevoked: 'The invitation has been withdrawn. Ask whoever invited you for a new link.', guestExpired: 'The invitation has expired. Ask whoever invited you for a new link.', guestCafeClosed: 'The café has closed. Thank you for taking part!', guestSessionClosed: 'The session has closed. Thank you for taking part!',
    noNotes: 'No notes yet.', cafeOpen: 'Waiting for the first round', cafeHarvest: 'Harvest', newCafe: 'New café',
    tablesOnePerLine: 'Tables: one question per line', seatedHere: 'Sitting here', noHarvest: 'No harvest yet.', kind_CAFE_long: 'Café',
    timerSound: 'Sound', timerSoundHint: 'A short chime when time is up (in this browser only)',
    retros: 'Retros', search: 'Search', searchHint: 'Title, municipality or facilitator', activeRetros: 'Running', closedRetros: 'Closed',
    createdOn: 'created', noMatches: 'No retro matches the search.', addPeopleNow: 'Add people',
    emptyAddPeople: 'There are no sessions yet. Start by adding the programme\'s people – facilitators, participants and evaluators – so that a facilitator can create the first retro, think tank or café.',
    emptyCreate: 'There are no sessions yet. Create a retro, a think tank or a café above and invite the participants.',
    role_MEMBER: 'Member', role_FACILITATOR: 'Facilitator', role_EVALUATOR: 'Evaluator', role_ADMIN: 'Administrator',
  },
};

export function currentLanguage() {
  const chosen = localStorage.getItem('pollinator.lang');
  if (chosen && TEXTS[chosen]) return chosen;
  return (navigator.language || 'en').toLowerCase().startsWith('sv') ? 'sv' : 'en';
}

export function t(key) {
  const lang = currentLanguage();
  return (TEXTS[lang] && TEXTS[lang][key]) ?? TEXTS.en[key] ?? key;
}

/** A text with its {0}, {1}, ... filled in. */
export function tf(key, ...args) {
  return t(key).replace(/\{(\d)\}/g, (match, index) => String(args[Number(index)] ?? ''));
}

/** Fills every element marked data-i18n (text) or data-i18n-placeholder, and adds the switch. */
export function translatePage() {
  document.documentElement.lang = currentLanguage();
  document.querySelectorAll('[data-i18n]').forEach(node => { node.textContent = t(node.dataset.i18n); });
  document.querySelectorAll('[data-i18n-placeholder]').forEach(node => { node.placeholder = t(node.dataset.i18nPlaceholder); });
  document.querySelectorAll('[data-i18n-label]').forEach(node => { node.setAttribute('aria-label', t(node.dataset.i18nLabel)); });
}

export function languageSwitch(onChange) {
  const box = el('div', {class: 'lang', role: 'group', 'aria-label': t('language')});
  for (const lang of ['sv', 'en']) {
    const button = el('button', {type: 'button', class: 'link' + (currentLanguage() === lang ? ' active' : ''),
      'aria-pressed': String(currentLanguage() === lang), lang}, lang === 'sv' ? 'Svenska' : 'English');
    button.addEventListener('click', () => {
      localStorage.setItem('pollinator.lang', lang);
      translatePage();
      onChange();
    });
    box.append(button);
  }
  return box;
}

/** Builds an element. Children are nodes or strings; strings always become text, never HTML. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else if (value === true) node.setAttribute(name, '');
    else node.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

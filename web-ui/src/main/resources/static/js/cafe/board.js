// A café's board: its tables as cards with their question, host, who sits there and the notes
// appearing live (people and notes are collections of their own, each naming its table); the round and its timer; the host's summaries; the harvest. Guests see it too,
// and nothing else. Built on the shared session modules (live sync with the generic merge,
// presence, timer, i18n).
import {el, t, translatePage} from '../i18n.js';
import {api, attempt, sendCommand} from '../api.js';
import {morph} from '../dom.js';
import {nameOf, programme} from '../programme.js';
import {connectSession, linkItems, sessionSync, startSessionPage} from '../session/page.js';
import {showBoardPresence} from '../session/presence.js';
import {runBoardTimer, showBoardTimer} from '../session/timer-view.js';
import {takesPart} from '../roles.js';
import {guestLinks} from '../session/guest-links.js';

const sessionId = new URLSearchParams(location.search).get('id');
const base = '/api/cafes/' + encodeURIComponent(sessionId);

let me = null;
let connection = null;
let presence = [];
/** Invitation tokens made on this page, so the facilitator can withdraw them. */
const invitations = guestLinks(sessionId, document.getElementById('invitation'));
/** Who may host a table, for the facilitator's host pickers (loaded once, when they may choose). */
let directory = null;
/** The programme, for naming the café's municipality projects (guests go without: they see ids). */
let programmeData = null;

// A guest who comes names themselves; anyone else new is named by a refetch.
const sync = sessionSync({sessionId, afterMerge: view => {
  (view.members || []).forEach(member => { if (member.guestName) view.people[member.id] = member.guestName; });
  return (view.members || []).some(member => !view.people[member.id]);
}, onChange: () => render()});

function view() {
  return sync.view;
}

function name(id) {
  return (view() && view().people[id]) || t('anonymous');
}

function isFacilitator() {
  return view() && me && view().facilitatorId === me.id;
}

/** Who takes part, in the order they came (which gives their colours). */
function participants() {
  return (view().members || []).map(member => member.id);
}

function isParticipant() {
  return view() && me && participants().includes(me.id);
}

function seatedAt(table) {
  return (view().members || []).filter(member => member.tableId === table.id).map(member => member.id);
}

function notesAt(table) {
  return (view().notes || []).filter(note => note.tableId === table.id);
}

function isGuest() {
  return me && me.roles.includes('GUEST');
}

function command(method, path, body) {
  return attempt(() => sendCommand(method, base + path, body));
}

function myTable() {
  const current = view();
  const hosted = current.tables.find(table => table.hostId === me.id);
  return hosted ? hosted.id : ((current.members || []).find(member => member.id === me.id) || {}).tableId;
}

function renderHeader() {
  const current = view();
  document.getElementById('board-title').textContent = current.title;
  const places = (current.municipalities || []).map(id => {
    const project = programmeData && programmeData.municipalities.find(candidate => candidate.id === id);
    return project ? nameOf(project) : id;
  });
  document.getElementById('board-meta').textContent = [t('cafe'), current.theme, current.description,
    current.module ? t('module') + ' ' + current.module : null, places.join(', ')].filter(Boolean).join(' · ');
  const round = document.getElementById('round');
  round.textContent = current.closed ? t('CLOSED') : current.harvesting ? t('cafeHarvest')
    : current.round === 0 ? t('cafeOpen') : t('roundLabel') + ' ' + current.round + (current.roundRunning ? ' ' + t('roundRunning') : '');
  if (isGuest()) document.getElementById('brand').href = location.pathname + location.search;
}

function renderControls() {
  const current = view();
  const parts = [];
  // Only those who may take part are offered to join: an evaluator reads, a guest is already in.
  const mayTakePart = takesPart(me);
  if (!isParticipant() && !isGuest() && mayTakePart && !current.closed) {
    parts.push(el('button', {type: 'button', class: 'primary', id: 'join', 'data-focus': 'join',
      onclick: () => command('POST', '/participants').then(() => sync.refetch())}, t('joinCafe')));
  }
  if (isFacilitator() && !current.closed) {
    if (current.roundRunning) {
      parts.push(el('button', {type: 'button', id: 'end-round', 'data-focus': 'end-round',
        onclick: () => command('POST', '/rounds/end')}, t('endRound')));
    } else if (!current.harvesting) {
      const minutes = el('input', {type: 'number', min: 1, max: 120, value: 15, id: 'round-minutes', class: 'minutes',
        'aria-label': t('timer') + ' (' + t('minutes') + ')'});
      parts.push(el('span', {class: 'timer-controls', 'data-key': 'round-controls'}, minutes, ' ' + t('minutes') + ' ',
        el('button', {type: 'button', class: 'primary', id: 'start-round', onclick: () =>
          command('POST', '/rounds', {seconds: Math.round(Number(document.getElementById('round-minutes').value) * 60)})},
        t('startRound'))));
      parts.push(el('button', {type: 'button', id: 'shuffle', onclick: () => command('POST', '/seats/shuffle')}, t('shuffle')));
      if (current.round > 0) {
        parts.push(el('button', {type: 'button', id: 'start-harvest', onclick: () => command('POST', '/harvest')}, t('startHarvest')));
      }
    } else {
      parts.push(el('button', {type: 'button', id: 'close-cafe', onclick: () => {
        if (confirm(t('confirmClose'))) command('POST', '/close');
      }}, t('closeCafe')));
    }
    parts.push(el('button', {type: 'button', id: 'invite', onclick: () => invitations.create()}, t('inviteGuests')));
  }
  morph(document.getElementById('facilitator-controls'), parts);
}

/**
 * The table's host: named, or for the facilitator between rounds a choice of who hosts it (they
 * join the café); a host hosts one table.
 */
function hostLine(table, current) {
  const choosing = isFacilitator() && !current.roundRunning && !current.harvesting && !current.closed;
  if (!choosing || !directory) {
    return el('p', {class: 'meta'}, t('host') + ': ' + (table.hostId ? name(table.hostId) : '—'));
  }
  const select = el('select', {'data-focus': 'host-' + table.id, 'aria-label': t('host') + ': ' + table.question,
    onchange: event => command('PUT', '/tables/' + encodeURIComponent(table.id) + '/host',
      {hostId: event.target.value || null})},
  el('option', {value: ''}, '—'), ...directory.map(person => el('option', {value: person.id,
    selected: person.id === table.hostId}, person.displayName)));
  return el('label', {class: 'host-choice'}, el('span', {}, t('host')), select);
}

function tableCard(table) {
  const current = view();
  const mine = isParticipant() && myTable() === table.id;
  const hosting = me && table.hostId === me.id;
  const mayWrite = mine && current.roundRunning && !current.closed;
  const notes = notesAt(table);
  return el('section', {class: 'column table-card' + (mine ? ' mine' : ''), 'data-table-id': table.id, 'data-key': table.id},
    el('div', {class: 'column-head'}, el('h2', {}, table.question)),
    hostLine(table, current),
    el('p', {class: 'meta seated'}, t('seatedHere') + ': ' + (seatedAt(table).map(name).join(', ') || '—')),
    isParticipant() && !mine && !hosting && !current.harvesting && !current.closed
      ? el('button', {type: 'button', class: 'small', 'aria-label': t('sitHere') + ': ' + table.question,
        'data-focus': 'sit-' + table.id,
        onclick: () => command('POST', '/seats', {tableId: table.id})}, t('sitHere')) : null,
    mayWrite ? el('form', {class: 'add-card', 'data-key': 'note-form', onsubmit: event => {
      event.preventDefault();
      const field = event.target.querySelector('textarea');
      command('POST', '/notes', {text: field.value}).then(done => { if (done) field.value = ''; });
    }}, el('textarea', {rows: 2, maxlength: 1000, class: 'new-note', placeholder: t('notePlaceholder'),
      'aria-label': t('notesHeading') + ': ' + table.question, 'data-focus': 'note-' + table.id}),
    el('div', {class: 'add-card-buttons'}, el('button', {type: 'submit', class: 'primary',
      'data-focus': 'add-note-' + table.id}, t('addNote')))) : null,
    el('ul', {class: 'card-list plain', 'data-key': 'notes'}, ...(notes.length ? notes.map(note =>
      el('li', {class: 'card note', 'data-note-id': note.id, 'data-key': note.id},
        el('p', {class: 'card-text'}, note.text),
        el('p', {class: 'meta'}, name(note.authorId) + ' · ' + t('roundLabel') + ' ' + note.round)))
      : [el('li', {class: 'empty', 'data-key': 'empty'}, t('noNotes'))])),
    table.summaries.length ? el('div', {class: 'summaries'}, el('h3', {}, t('summariesHeading')),
      ...table.summaries.map(summary => el('p', {}, t('roundLabel') + ' ' + summary.round + ': ' + summary.text))) : null,
    hosting && current.round > 0 && !current.closed ? el('form', {class: 'inline-form', 'data-key': 'summary-form',
      onsubmit: event => {
        event.preventDefault();
        const field = event.target.querySelector('input');
        command('POST', '/tables/' + table.id + '/summary', {text: field.value}).then(done => { if (done) field.value = ''; });
      }}, el('input', {maxlength: 4000, class: 'grow', 'aria-label': t('summarise') + ': ' + table.question,
        'data-focus': 'summary-' + table.id}),
    el('button', {type: 'submit', class: 'small', 'data-focus': 'summarise-' + table.id}, t('summarise'))) : null);
}

function renderHarvest() {
  const current = view();
  const notes = current.tables.flatMap(notesAt);
  document.getElementById('harvest').replaceChildren(...(current.harvest.length ? current.harvest.map(insight =>
    el('li', {class: 'recommendation', 'data-insight-id': insight.id}, el('strong', {}, insight.text),
      el('ul', {class: 'basis'}, ...insight.noteIds.map(id => notes.find(note => note.id === id))
        .filter(Boolean).map(note => el('li', {}, note.text))),
      // A closed café's harvest may be the source of a plan change, for those who change plans.
      current.closed && takesPart(me)
        ? el('a', {class: 'plan-link', href: '/programme.html?source=' + encodeURIComponent(sessionId + ':' + insight.id),
          'aria-label': t('changePlanFromThis') + ': ' + insight.text}, t('changePlanFromThis')) : null))
    : [el('li', {class: 'empty'}, t('noHarvest'))]));
  const form = document.getElementById('harvest-form');
  const show = isFacilitator() && current.harvesting && !current.closed;
  form.hidden = !show;
  if (show && !form.contains(document.activeElement) && !form.dataset.dirty) {
    form.replaceChildren(el('label', {class: 'wide'}, el('span', {}, t('harvestInsight')),
      el('textarea', {name: 'text', rows: 2, maxlength: 2000, required: true})),
    el('fieldset', {class: 'wide modules'}, el('legend', {}, t('fromNotes')), ...notes.map(note =>
      el('label', {class: 'check'}, el('input', {type: 'checkbox', name: 'noteIds', value: note.id}), ' ' + note.text))),
    el('div', {class: 'wide'}, el('button', {type: 'submit', class: 'primary'}, t('save'))));
  }
}

function renderTimer() {
  showBoardTimer(view());
}

function render() {
  if (!view()) return;
  translatePage();
  renderHeader();
  renderControls();
  morph(document.getElementById('tables'), view().tables.map(tableCard));
  renderHarvest();
  renderTimer();
  showBoardPresence(presence, {...view(), participants: participants()}, connection && connection.connected);
  linkItems();
}

function connect() {
  // Presence redraws only itself: in a crowd it changes several times a second, and redrawing
  // the board with it would replace the very button someone is clicking.
  connection = connectSession({sessionId, sync, onPresence: present => {
    presence = present;
    if (view()) showBoardPresence(presence, {...view(), participants: participants()}, connection && connection.connected);
  }});
}

startSessionPage({
  sessionId,
  sync,
  onLanguage: () => {
    document.getElementById('tables').replaceChildren();
    render();
  },
  withMe: person => {
    me = person;
    if (!me.roles.includes('GUEST')) programme().then(data => { programmeData = data; render(); }).catch(() => {});
    const form = document.getElementById('harvest-form');
    form.addEventListener('input', () => { form.dataset.dirty = '1'; });
    form.addEventListener('submit', async event => {
      event.preventDefault();
      const data = new FormData(form);
      const done = await command('POST', '/harvest/insights', {text: data.get('text'), noteIds: data.getAll('noteIds')});
      if (done) {
        delete form.dataset.dirty;
        form.replaceChildren();
        render();
      }
    });
  },
  afterFetch: async () => {
    if (isFacilitator()) {
      directory = await api('GET', '/api/directory').catch(() => null);
      render();
    }
  },
  live: () => {
    connect();
    runBoardTimer(view);
  },
});

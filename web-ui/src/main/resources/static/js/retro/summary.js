// The summary of a session of any kind: what it came to, to read, print (A4) and download. A retro's
// has its own layout; a think tank's and a café's are sections of items, drawn alike.
import {currentLanguage, el, languageSwitch, t, translatePage} from '../i18n.js';
import {moduleLabel, municipalityNamed, nameOf, programme} from '../programme.js';
import {api, attempt, notify} from '../api.js';
import {explain} from '../errors.js';
import {userMenu} from '../menu.js';
import {sessionHref} from '../session/pages.js';
import {loadKinds} from '../session/kinds.js';

const votes = n => n + ' ' + t(n === 1 ? 'voteOne' : 'votes');

const sessionId = new URLSearchParams(location.search).get('id');
const summaryPath = '/api/sessions/' + encodeURIComponent(sessionId) + '/summary';
let summary = null;
let programmeData = null;

/** A think tank's or café's summary: its facts, then each section's items, headed by questions or tables. */
function renderSections() {
  document.getElementById('summary-meta').textContent = [t('kind_' + summary.kind),
    summary.module ? t('module') + ' ' + (programmeData ? moduleLabel(programmeData, summary.module) : summary.module)
      : t('programmeWide'),
    summary.municipalities.join(', '), summary.facilitator ? t('facilitator') + ': ' + summary.facilitator : null,
    summary.scheduledAt ? new Date(summary.scheduledAt).toLocaleString(currentLanguage(), {dateStyle: 'medium', timeStyle: 'short'}) : null,
    summary.participants + ' ' + t('participants'), summary.about].filter(Boolean).join(' · ');
  const detail = item => item.details.length ? el('span', {class: 'meta'}, ' · ' + item.details
    .map(one => t('detail_' + one.label) + ': ' + one.value).join(' · ')) : null;
  document.getElementById('kind-summary').replaceChildren(...summary.sections.map(section => {
    const parts = [el('h2', {}, t('section_' + section.section))];
    let list = null;
    for (const item of section.items) {
      if (item.kind === 'question' || item.kind === 'table') {
        parts.push(el('h3', {}, item.text), item.details.length ? el('p', {class: 'meta'}, detail(item)) : null);
        list = null;
        continue;
      }
      if (!list) {
        list = el('ul', {class: 'plain summary-items'});
        parts.push(list);
      }
      list.append(el('li', {'data-item-id': item.id}, item.text, detail(item)));
    }
    if (!section.items.length) parts.push(el('p', {class: 'empty'}, '—'));
    return el('section', {class: 'panel', 'data-section': section.section}, ...parts.filter(Boolean));
  }));
}

function render() {
  translatePage();
  if (!summary) return;
  document.title = t('summary') + ': ' + summary.title + ' · Pollinator';
  document.getElementById('summary-title').textContent = summary.title;
  const sections = Array.isArray(summary.sections);
  document.getElementById('kind-summary').hidden = !sections;
  document.getElementById('retro-summary').hidden = sections;
  document.getElementById('not-closed').hidden = summary.closed;
  document.getElementById('to-board').href = sessionHref(sessionId);
  if (sections) {
    renderSections();
    return;
  }
  document.getElementById('summary-meta').textContent = [
    t('module') + ' ' + (programmeData ? moduleLabel(programmeData, summary.module) : summary.module),
    summary.municipality ? (programmeData && nameOf(municipalityNamed(programmeData, summary.municipality)))
      || summary.municipalityName : null,
    summary.facilitator ? t('facilitator') + ': ' + summary.facilitator : null,
    summary.scheduledAt ? new Date(summary.scheduledAt).toLocaleString(currentLanguage(), {dateStyle: 'medium', timeStyle: 'short'}) : null,
  ].filter(Boolean).join(' · ');
  document.getElementById('not-closed').hidden = summary.closed;
  const p = summary.participation;
  document.getElementById('participation').textContent = p.participants + ' ' + t('participants') + ', '
    + p.cards + ' ' + t(p.cards === 1 ? 'cardOne' : 'cardMany') + ', ' + votes(p.votes);
  document.getElementById('topics').replaceChildren(...(summary.topics.length ? summary.topics.map(topic =>
    el('li', {},
      el('strong', {}, topic.title ?? (topic.kind === 'GROUP' ? t('unnamedGroup') : t('hiddenCard'))),
      el('span', {class: 'meta'}, ' · ' + t(topic.column) + ' · ' + votes(topic.votes)),
      topic.cards.length ? el('ul', {class: 'plain topic-cards'}, ...topic.cards.map(text => el('li', {}, text ?? t('hiddenCard')))) : null))
    : [el('li', {class: 'empty'}, '—')]));
  document.getElementById('decisions').replaceChildren(...(summary.decisions.length
    ? summary.decisions.map(decision => el('li', {}, decision.text)) : [el('li', {class: 'empty'}, t('noDecisions'))]));
  document.querySelector('#actions tbody').replaceChildren(...(summary.actions.length
    ? summary.actions.map(action => el('tr', {}, el('td', {}, action.text), el('td', {}, action.owner || '–'),
        el('td', {}, action.dueDate || '–')))
    : [el('tr', {}, el('td', {colspan: 3, class: 'empty'}, t('noActions')))]));
  const earlier = document.getElementById('earlier');
  earlier.hidden = !summary.earlierActions.length;
  earlier.querySelector('ul').replaceChildren(...summary.earlierActions.map(review => el('li', {}, review.text,
    el('span', {class: 'meta'}, ' · ' + (review.owner || '–') + ' · ' + (review.outcome ? t(review.outcome) : t('notReviewed'))))));
}

/** Saves the summary in a format the server writes (Markdown in the page's language, CSV, JSON). */
async function download(type, extension) {
  let response;
  try {
    response = await fetch(summaryPath, {headers: {'Accept': type, 'Accept-Language': currentLanguage()},
      credentials: 'same-origin'});
  } catch (e) {
    notify(t('networkError'));
    return;
  }
  if (!response.ok) {
    notify(t('error'));
    return;
  }
  const link = el('a', {href: URL.createObjectURL(await response.blob()),
    download: (summary.kind || 'RETRO').toLowerCase().replace('_', '-') + '-' + summary.title.replace(/[^\p{L}\p{N}]+/gu, '-') + '.' + extension});
  document.body.append(link);
  link.click();
  link.remove();
}

async function start() {
  if (!sessionId) {
    location.href = '/';
    return;
  }
  document.getElementById('to-board').href = sessionHref(sessionId);
  document.getElementById('lang').append(languageSwitch(render));
  document.getElementById('print').addEventListener('click', () => window.print());
  document.getElementById('download-md').addEventListener('click', () => download('text/markdown', 'md'));
  document.getElementById('download-csv').addEventListener('click', () => download('text/csv', 'csv'));
  document.getElementById('download-json').addEventListener('click', () => download('application/json', 'json'));
  translatePage();
  attempt(userMenu);
  try {
    [summary, programmeData] = await Promise.all([api('GET', summaryPath), programme().catch(() => null),
      loadKinds()]);
  } catch (e) {
    notify(explain(e));
  }
  render();
}

start();

// The countdown on every session page: the time left, red and pulsing when it is up (announced,
// shown on the tab, and heard unless muted), and the facilitator's start and stop controls.
import {el, t} from '../i18n.js';
import {serverClock} from '../api.js';
import {saved} from '../dom.js';
import {TimerEnd, chime, readyAudio, soundOn, soundToggle} from '../timer.js';

const timerEnd = new TimerEnd();

/**
 * Draws the timer ({startsAt, endsAt} or null) into {@code box}, the mute switch into
 * {@code sound}, and the tab's title; {@code announce} tells screen readers.
 */
export function showTimer({box, sound, timer, title, announce}) {
  if (!timer) {
    box.textContent = '';
    box.className = 'timer';
    sound.replaceChildren();
    document.title = (title ? title + ' · ' : '') + 'Pollinator';
    return;
  }
  const left = Math.max(0, Math.round((new Date(timer.endsAt).getTime() - serverClock()) / 1000));
  if (timerEnd.reached(timer.endsAt, left)) {
    announce(t('timeUp'));
    chime();
  }
  box.className = 'timer running' + (left === 0 ? ' over' : left < 30 ? ' soon' : '');
  box.textContent = left === 0 ? t('timeUp') : Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
  // A facilitator in another tab sees it on the tab too.
  document.title = (left === 0 ? '⏰ ' + t('timeUp') + ' · ' : '') + title + ' · Pollinator';
  if (!sound.firstChild || sound.firstChild.getAttribute('aria-pressed') !== String(soundOn())) {
    sound.replaceChildren(soundToggle(t, el, () => showTimer({box, sound, timer, title, announce})));
  }
}

/** The timer of a session page's board, in the page's #timer, #timer-sound and #announce. */
export function showBoardTimer(board) {
  showTimer({box: document.getElementById('timer'), sound: document.getElementById('timer-sound'),
    timer: board && board.timer, title: board ? board.title : null,
    announce: text => { document.getElementById('announce').textContent = text; }});
}

/** Keeps a session page's timer counting down, and lets its chime sound after the first click. */
export function runBoardTimer(board) {
  readyAudio();
  setInterval(() => { if (board() && board().timer) showBoardTimer(board()); }, 1000);
}

/** The facilitator's controls: stop a running timer, or start one of some minutes. */
export function timerControls(running, {start, stop}) {
  if (running) {
    return el('button', {type: 'button', id: 'timer-stop', 'data-focus': 'timer-stop', onclick: stop}, t('stopTimer'));
  }
  const minutes = el('input', {type: 'number', min: 1, max: 120, value: 5, id: 'timer-minutes', class: 'minutes',
    'aria-label': t('timer') + ' (' + t('minutes') + ')'});
  return el('span', {class: 'timer-controls', 'data-key': 'timer-controls'}, minutes, ' ' + t('minutes') + ' ',
    el('button', {type: 'button', id: 'timer-start', 'data-focus': 'timer-start', onclick: () => {
      const field = document.getElementById('timer-minutes');
      start(Math.round(Number(field.value) * 60)).then(() => saved(field));
    }}, t('startTimer')));
}

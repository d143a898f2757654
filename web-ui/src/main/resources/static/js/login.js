import {el, languageSwitch, t, translatePage} from './i18n.js';
import {cookie} from './api.js';

function showLoginMessage() {
  const params = new URLSearchParams(location.search);
  const message = document.getElementById('message');
  message.replaceChildren();
  if (params.has('error')) message.append(el('p', {class: 'note error'}, t('loginFailed')));
  if (params.has('out')) message.append(el('p', {class: 'note'}, t('loggedOut')));
}

/**
 * The page to return to after logging in, when a page sent the person here (their session was
 * lost): only a page of this site, never the live socket or an API call.
 */
function pageToContinue() {
  const wanted = new URLSearchParams(location.search).get('continue');
  if (!wanted || !wanted.startsWith('/') || wanted.startsWith('//') || wanted.includes('\\')) return null;
  const path = wanted.split(/[?#]/)[0];
  return path === '/ws' || path.startsWith('/ws/') || path.startsWith('/api/') || path.startsWith('/login') ? null : wanted;
}

function say(text) {
  document.getElementById('message').replaceChildren(el('p', {class: 'note error', role: 'alert'}, text));
}

// The form is sent by script so that a refusal (too many tries) can be explained on this page;
// without script it still posts as a plain form.
document.getElementById('login').addEventListener('submit', async event => {
  event.preventDefault();
  const form = event.target;
  document.getElementById('csrf').value = cookie('XSRF-TOKEN') || '';
  let response;
  try {
    response = await fetch('/login', {method: 'POST', body: new URLSearchParams(new FormData(form)),
      credentials: 'same-origin', redirect: 'follow'});
  } catch (e) {
    say(t('networkError'));
    return;
  }
  if (response.status === 429) {
    say(t('tooManyLogins').replace('{0}', response.headers.get('Retry-After') || '60'));
  } else if (!response.ok || new URL(response.url).searchParams.has('error')) {
    say(t('loginFailed'));
    document.getElementById('password').value = '';
  } else {
    location.href = pageToContinue() || response.url;
  }
});
translatePage();
showLoginMessage();
document.getElementById('lang').append(languageSwitch(() => location.reload()));

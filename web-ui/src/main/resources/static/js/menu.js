// The signed-in person's menu on every page: who is logged in, and logging out.
import {el, t} from './i18n.js';
import {api, cookie} from './api.js';

/** Fills the page's #user-menu and answers the signed-in person; a failure is thrown to the caller. */
export async function userMenu() {
  const box = document.getElementById('user-menu');
  const me = await api('GET', '/api/me');
  if (!box) return me;
  const csrf = el('input', {type: 'hidden', name: '_csrf'});
  const form = el('form', {method: 'post', action: '/logout', class: 'logout',
    onsubmit: () => { csrf.value = cookie('XSRF-TOKEN') || ''; }},
    csrf, el('button', {type: 'submit', class: 'link'}, t('logout')));
  box.replaceChildren(el('a', {class: 'me', id: 'me', href: '/account.html', title: t('myAccount')}, me.displayName), form);
  return me;
}

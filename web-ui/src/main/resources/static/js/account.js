// My account: changing one's own password, and one's personal access tokens for API clients.
import {el, languageSwitch, t, translatePage} from './i18n.js';
import {api, attempt, notify} from './api.js';
import {userMenu} from './menu.js';

let tokens = [];

function renderTokens() {
  translatePage();
  const list = document.getElementById('tokens');
  list.replaceChildren(...(tokens.length ? tokens.map(token => el('li', {class: 'list-item', 'data-token-id': token.id},
    el('span', {class: 'item-link'}, el('strong', {}, token.name),
      el('span', {class: 'meta'}, t('created') + ' ' + new Date(token.createdAt).toLocaleDateString()
        + ' · ' + t('expires') + ' ' + new Date(token.expiresAt).toLocaleDateString()
        + (token.lastUsedAt ? ' · ' + t('lastUsed') + ' ' + new Date(token.lastUsedAt).toLocaleString() : ''))),
    el('button', {type: 'button', class: 'danger', 'aria-label': t('revoke') + ': ' + token.name,
      onclick: () => attempt(async () => {
        await api('DELETE', '/api/me/tokens/' + encodeURIComponent(token.id));
        await loadTokens();
      })}, t('revoke'))))
    : [el('li', {class: 'empty'}, t('noTokens'))]));
}

async function loadTokens() {
  tokens = await api('GET', '/api/me/tokens');
  renderTokens();
}

document.getElementById('change-password').addEventListener('submit', event => {
  event.preventDefault();
  attempt(async () => {
    await api('PUT', '/api/me/password', {currentPassword: document.getElementById('current-password').value,
      newPassword: document.getElementById('new-password').value});
    event.target.reset();
    notify(t('passwordChanged'), 'info');
  });
});

document.getElementById('new-token').addEventListener('submit', event => {
  event.preventDefault();
  attempt(async () => {
    const days = Number(document.getElementById('token-life').value);
    const expiresAt = new Date(Date.now() + days * 24 * 3600 * 1000).toISOString();
    const issued = await api('POST', '/api/me/tokens', {name: document.getElementById('token-name').value, expiresAt});
    event.target.reset();
    // Shown once: only its hash is kept.
    const box = document.getElementById('issued');
    box.replaceChildren(t('tokenOnce') + ' ', el('code', {id: 'issued-token'}, issued.token));
    box.hidden = false;
    await loadTokens();
  });
});

document.getElementById('lang').append(languageSwitch(renderTokens));
translatePage();
attempt(userMenu);
attempt(loadTokens);

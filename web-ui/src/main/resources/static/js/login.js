function showLoginMessage() {
  const params = new URLSearchParams(location.search);
  const message = document.getElementById('message');
  message.replaceChildren();
  if (params.has('error')) message.append(el('p', {class: 'note error'}, t('loginFailed')));
  if (params.has('out')) message.append(el('p', {class: 'note'}, t('loggedOut')));
}

document.getElementById('login').addEventListener('submit', () => {
  document.getElementById('csrf').value = cookie('XSRF-TOKEN') || '';
});
translatePage();
showLoginMessage();
document.getElementById('lang').append(languageSwitch(() => location.reload()));

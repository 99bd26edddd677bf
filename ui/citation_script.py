"""The page's behaviour around citations, as a script for the page's head.

- A marker [n] in an answer is a link to its card (``ui/render.py`` card ids). Clicking it opens the
  card and brings it into view — on a phone the cards sit below the chat, so this is how a citation
  is reached from the answer. If the card is not on the page yet (the marker belongs to an earlier
  answer: the click also selects that message, and the server then shows its cards), the script
  waits for the card to arrive.
- An opened card scrolls its own bounded box to the cited span, not the page.
- 「查看原文」 in a card asks the server for the source view: the script writes the card's answer and
  marker into a hidden text box (``#source-request``), whose change event renders the view; when the
  view arrives, it is brought into view with the span scrolled to.
"""
from __future__ import annotations

SCRIPT = """<script>
(() => {
  const showSpan = (card) => {
    const box = card.querySelector('.context'), mark = card.querySelector('mark');
    if (box && mark) box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - box.clientHeight / 3);
  };
  const reveal = (card) => {
    card.open = true;
    card.scrollIntoView({block: 'center'});
    showSpan(card);
    card.classList.add('rq-flash');
    setTimeout(() => card.classList.remove('rq-flash'), 1600);
  };
  document.addEventListener('click', (event) => {
    const link = event.target.closest && event.target.closest('a.rq-marker');
    if (!link) return;
    event.preventDefault();  // no hash change: the page is an app, not a document
    const id = decodeURIComponent(link.getAttribute('href').slice(1));
    const found = document.getElementById(id);
    if (found) { reveal(found); return; }
    const started = Date.now();
    const wait = new MutationObserver(() => {
      const card = document.getElementById(id);
      if (card) { wait.disconnect(); reveal(card); }
      else if (Date.now() - started > 10000) wait.disconnect();
    });
    wait.observe(document.body, {childList: true, subtree: true});
  }, true);
  document.addEventListener('click', (event) => {
    const link = event.target.closest && event.target.closest('a.rq-open-source');
    if (!link) return;
    event.preventDefault();
    const box = document.querySelector('#source-request textarea, #source-request input');
    if (!box) return;
    box.value = link.getAttribute('href').slice('#open-'.length) + '-' + Date.now();
    box.dispatchEvent(new Event('input', {bubbles: true}));
  }, true);
  new MutationObserver(() => {
    const span = document.getElementById('src-span');
    if (!span || span.dataset.shown) return;
    span.dataset.shown = '1';
    const text = span.closest('.rq-source-text'), view = span.closest('.rq-source');
    view.scrollIntoView({block: 'start'});
    if (text) text.scrollTop = Math.max(0, span.offsetTop - text.offsetTop - 60);
  }).observe(document.documentElement, {childList: true, subtree: true});
  document.addEventListener('toggle', (event) => {
    const card = event.target;
    if (card.matches && card.matches('details.citation') && card.open) showSpan(card);
  }, true);
})();
</script>"""

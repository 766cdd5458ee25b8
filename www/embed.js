// Only for the demo page: lists the `summary` events the elements fire.
const list = document.getElementById('events');
document.addEventListener('summary', (event) => {
  const r = event.detail;
  const item = document.createElement('li');
  item.textContent = `#${event.target.id}: ${r.sentences.length} 句 sentences, ${r.keywords.length} 个关键词 keywords — ${r.keywords.slice(0, 3).map((k) => k.word).join('、')}`;
  list.prepend(item);
  while (list.children.length > 6) list.lastElementChild.remove();
});

(function () {
  // Hides the build's copy of an article before the first paint when this address asks for another (see src/embedding/takeover.rs).
  var root = document.documentElement, params = new URLSearchParams(location.search);
  var meta = document.querySelector('meta[name="article-viewer:article"]');
  var asked = params.get('article') || (meta && meta.content) || '';
  var id = root.getAttribute('data-prerendered-id'), writtenFor = root.getAttribute('data-prerendered-for');
  var same = !params.has('feed') && !params.has('embed') && (asked ? asked === id : writtenFor === '');
  if (!same) root.setAttribute('data-prerender', 'stale');
})();
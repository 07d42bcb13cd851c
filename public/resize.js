// resize.js: include once on a page that frames the article viewer
// (<iframe src="…/index.html?article=ID&embed=1">); it sizes every such
// frame to its content, growing and shrinking, with no scrollbar.
//
// The viewer posts { type: "article-viewer:height", height: <CSS px> } to
// this page's origin only. A message is obeyed only when it comes from one
// of this page's iframes (event.source) and from exactly the origin of that
// frame's src (event.origin); a frame sandboxed without allow-same-origin
// has the origin "null", accepted only for a frame so sandboxed.
(function () {
  'use strict';
  var TYPE = 'article-viewer:height';
  var MAX = 100000;

  function frameOf(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i += 1) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  function expectedOrigin(frame) {
    // A frame without a src (srcdoc, about:blank) is never a viewer.
    if (!frame.getAttribute('src') || frame.hasAttribute('srcdoc')) return undefined;
    var sandbox = frame.getAttribute('sandbox');
    if (sandbox !== null && !/(^|\s)allow-same-origin(\s|$)/.test(sandbox)) return 'null';
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch (error) {
      return undefined;
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== TYPE) return;
    var height = Number(data.height);
    if (!isFinite(height) || height < 0) return;
    var frame = frameOf(event.source);
    if (!frame || event.origin !== expectedOrigin(frame)) return;
    frame.style.height = Math.min(Math.ceil(height), MAX) + 'px';
  });
})();

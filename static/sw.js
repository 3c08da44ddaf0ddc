// FairRecruit's service worker (issue 18): keeps the complaint form and the review forms
// available offline, with the stylesheet and the drafts script they need. Network first:
// the cache answers only when the network does not. It caches nothing else (no other page,
// no answer to a POST), sends nothing by itself (no background sync, no retried posts) and
// makes one request of its own: when it first takes over, the form page already open, so
// that this page opens offline next time. A new version (CACHE) replaces the old cache.
"use strict";
var CACHE = "fairrecruit-forms-1";
var ASSETS = ["/static/app.css", "/static/drafts-1.js"];
// Query parameters a cached form may carry; any other (a review being edited, a review's
// bridge token) is someone's own data and stays out of the cache.
var KEPT = { lang: 1, recruiter: 1 };

function isForm(url) {
  if (url.origin !== self.location.origin) return false;
  if (url.pathname !== "/complaints/new" && !/^\/recruiters\/[^/]+\/review$/.test(url.pathname)) {
    return false;
  }
  var ok = true;
  url.searchParams.forEach(function (_, name) {
    if (!KEPT[name]) ok = false;
  });
  return ok;
}
function isAsset(url) {
  return url.origin === self.location.origin && ASSETS.indexOf(url.pathname) !== -1;
}

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return cache.addAll(ASSETS);
  }).then(function () {
    return self.skipWaiting();
  }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (n) {
      return n.indexOf("fairrecruit-forms-") === 0 && n !== CACHE;
    }).map(function (n) {
      return caches.delete(n);
    }));
  }).then(function () {
    return self.clients.claim();
  }).then(function () {
    return self.clients.matchAll({ type: "window", includeUncontrolled: true });
  }).then(function (windows) {
    return caches.open(CACHE).then(function (cache) {
      return Promise.all(windows.filter(function (w) {
        return isForm(new URL(w.url));
      }).map(function (w) {
        return cache.add(w.url).catch(function () {});
      }));
    });
  }));
});

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET") return;
  var url = new URL(request.url);
  if (!isForm(url) && !isAsset(url)) return;
  event.respondWith(fetch(request).then(function (response) {
    if (response.ok) {
      var copy = response.clone();
      caches.open(CACHE).then(function (cache) {
        return cache.put(request, copy);
      });
    }
    return response;
  }, function () {
    return caches.match(request, { ignoreVary: true }).then(function (cached) {
      return cached || Response.error();
    });
  }));
});

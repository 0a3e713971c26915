/**
 * The browser half of the bridge: a `google.script.run` with Apps Script's chaining API
 * (withSuccessHandler / withFailureHandler / withUserObject, then any function name) whose calls
 * POST to the bridge. Handlers run asynchronously, failures arrive as Error objects with the
 * server's message, exactly the shapes the real client library hands the sidebar.
 */
export const SHIM_SOURCE = String.raw`(function () {
  function runner(success, failure, userObject) {
    var target = {
      withSuccessHandler: function (fn) { return runner(fn, failure, userObject); },
      withFailureHandler: function (fn) { return runner(success, fn, userObject); },
      withUserObject: function (obj) { return runner(success, failure, obj); },
    };
    return new Proxy(target, {
      get: function (t, name) {
        if (name in t) return t[name];
        if (typeof name !== 'string') return undefined;
        return function () {
          var args = Array.prototype.slice.call(arguments);
          fetch('/run', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ name: name, args: args }),
          })
            .then(function (res) { return res.json(); })
            .then(function (body) {
              if (body && body.ok) { if (success) success(body.value, userObject); }
              else if (failure) failure(new Error(body && body.error ? body.error : 'Unknown error'), userObject);
            })
            .catch(function (e) { if (failure) failure(new Error('NetworkError: ' + e.message), userObject); });
        };
      },
    });
  }
  window.google = window.google || {};
  window.google.script = {
    run: runner(null, null, undefined),
    host: { close: function () {}, setHeight: function () {}, setWidth: function () {}, editor: { focus: function () {} } },
  };
})();`;

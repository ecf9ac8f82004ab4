#!/usr/bin/python3
"""Login pages for the browser extension's tests, on 127.0.0.1 only, each asking for a 6-digit code the
way real sites do; whatever a page posts is written, one JSON line each, to the record file.

  /otc      a field marked autocomplete="one-time-code"
  /named    a field known only by its name, id and label ("otp", "Authentication code")
  /boxes    six one-digit boxes
  /react    a React 18 controlled field (the page's state, not the DOM, is what it posts)
  /unsure   a field called only "code": not certain, so the extension offers its in-field button
  /framed   the top page of one origin with the code field in a frame of another origin (another port)
  /field    the bare field the framed page shows (served on both ports)

Usage: browser_pages.py RECORD_FILE REACT_FOLDER    prints "PORT_A PORT_B" once both listen.
"""
import http.server
import json
import socketserver
import sys
import threading

RECORD, REACT = sys.argv[1], sys.argv[2]

POST = """
<script>
function post(variant, code) {
  fetch('/submit', {method: 'POST', body: JSON.stringify({variant, code, origin: location.origin})})
    .then(() => { document.title = 'posted ' + code; });
}
// What the extension says on the page (its note's state: locked, absent, choose…), posted once each.
const said = new Set();
new MutationObserver(() => {
  for (const note of document.querySelectorAll('[data-tessera-hint]')) {
    const hint = note.getAttribute('data-tessera-hint');
    if (!said.has(hint)) { said.add(hint); post('hint', hint); }
  }
}).observe(document.documentElement, {childList: true, subtree: true});
</script>"""

PAGES = {
    "/otc": """<h1>Two-step verification</h1><form onsubmit="return false">
      <label>Enter the code from your app <input name="c" autocomplete="one-time-code" inputmode="numeric"></label>
      </form><script>document.querySelector('input').addEventListener('input', e => {
        if (e.target.value.length === 6) post('otc', e.target.value); });</script>""",
    "/named": """<h1>Sign in</h1><form onsubmit="return false">
      <label for="otp">Authentication code</label> <input id="otp" name="otp" type="text">
      </form><script>document.querySelector('#otp').addEventListener('change', e => post('named', e.target.value));</script>""",
    "/boxes": """<h1>Enter your code</h1><form onsubmit="return false"><div class="digits">
      """ + "".join('<input maxlength="1" inputmode="numeric" size="1">' for _ in range(6)) + """
      </div></form><script>const boxes = [...document.querySelectorAll('.digits input')];
      boxes.forEach(b => b.addEventListener('input', () => {
        const code = boxes.map(x => x.value).join('');
        if (code.length === 6) post('boxes', code); }));</script>""",
    "/react": """<h1>Verify it's you</h1><div id="root"></div>
      <script src="/react.js"></script><script src="/react-dom.js"></script>
      <script>
      const e = React.createElement;
      function Form() {
        const [code, setCode] = React.useState('');
        React.useEffect(() => { if (code.length === 6) post('react', code); }, [code]);
        return e('form', {onSubmit: ev => ev.preventDefault()},
          e('label', null, 'Verification code ',
            e('input', {name: 'verification_code', value: code, onChange: ev => setCode(ev.target.value.replace(/\\D/g, ''))})));
      }
      ReactDOM.createRoot(document.getElementById('root')).render(e(Form));
      </script>""",
    "/unsure": """<h1>Confirm</h1><form onsubmit="return false">
      <label>Code <input name="code" style="width: 260px; height: 34px"></label>
      </form><script>document.querySelector('input').addEventListener('input', e => {
        if (e.target.value.length === 6) post('unsure', e.target.value); });</script>""",
    "/field": """<form onsubmit="return false"><label>One-time code
      <input name="otp" autocomplete="one-time-code"></label></form>
      <script>document.querySelector('input').addEventListener('input', e => {
        if (e.target.value.length >= 6) post('framed', e.target.value); });</script>""",
}


class Pages(http.server.BaseHTTPRequestHandler):
    other_port = 0

    def log_message(self, *args):
        pass

    def send(self, body, kind="text/html; charset=utf-8"):
        data = body.encode() if isinstance(body, str) else body
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        path = self.path.split("?")[0]
        if path in ("/react.js", "/react-dom.js"):
            with open(f"{REACT}/{path[1:]}", "rb") as f:
                return self.send(f.read(), "text/javascript")
        if path == "/framed":
            return self.send(f"<html><head><title>framed</title>{POST}</head><body><h1>Account settings</h1>"
                             f"<iframe src='http://127.0.0.1:{self.other_port}/field' width=500 height=200></iframe>"
                             "</body></html>")
        if path in PAGES:
            return self.send(f"<html><head><title>{path[1:]}</title>{POST}</head><body>{PAGES[path]}</body></html>")
        self.send_error(404)

    def do_POST(self):
        length = min(int(self.headers.get("Content-Length", "0")), 4096)
        body = json.loads(self.rfile.read(length) or b"{}")
        with open(RECORD, "a") as f:
            f.write(json.dumps(body) + "\n")
        self.send("{}", "application/json")


def serve():
    class A(Pages):
        pass

    class B(Pages):
        pass

    servers = [socketserver.ThreadingTCPServer(("127.0.0.1", 0), kind) for kind in (A, B)]
    A.other_port, B.other_port = servers[1].server_address[1], servers[0].server_address[1]
    for s in servers:
        s.daemon_threads = True
        threading.Thread(target=s.serve_forever, daemon=True).start()
    print(servers[0].server_address[1], servers[1].server_address[1], flush=True)
    threading.Event().wait()


serve()

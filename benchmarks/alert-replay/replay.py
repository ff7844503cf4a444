#!/usr/bin/env python3
"""Replays the labelled news corpora through the running system, in date order, each text as if received on its
publication date (ingest's bench-profile test clock, X-Received-At), with one subscriber to every inadequate grade.
An SMTP server of its own timestamps every email as it arrives. After each post it waits until the catalog has
recorded the report and relayed its events, and the alert service has taken them in and sent what it queued, so
that every email is attributed to the text that caused it. It then compares alert emails per council with the
labels' alert_gss and prints the false and missed alert emails, and post -> email latency for immediate alerts.

Run by run.sh, which starts the system; the corpora are read where they lie, never copied."""

import argparse
import email
import email.policy
import json
import re
import socketserver
import subprocess
import threading
import time
import urllib.request
from datetime import datetime, timezone
from pathlib import Path

MAILS = []  # (arrival time, message)
MAILS_LOCK = threading.Lock()


class SmtpHandler(socketserver.StreamRequestHandler):
    """Just enough SMTP for one client: EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT."""

    def reply(self, line):
        self.wfile.write((line + "\r\n").encode())
        self.wfile.flush()

    def handle(self):
        self.reply("220 alert-replay ESMTP")
        while True:
            line = self.rfile.readline()
            if not line:
                return
            verb = line.decode(errors="replace").strip().split(" ")[0].upper()
            if verb in ("EHLO", "HELO"):
                self.reply("250 alert-replay")
            elif verb == "DATA":
                self.reply("354 end with .")
                data = []
                while True:
                    chunk = self.rfile.readline()
                    if chunk in (b".\r\n", b".\n", b""):
                        break
                    data.append(chunk[1:] if chunk.startswith(b"..") else chunk)
                arrived = time.time()
                with MAILS_LOCK:
                    MAILS.append((arrived, email.message_from_bytes(b"".join(data), policy=email.policy.default)))
                self.reply("250 queued")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("250 ok")


class Smtp(socketserver.ThreadingMixIn, socketserver.TCPServer):
    daemon_threads = True
    allow_reuse_address = True


def body_of(message):
    part = message.get_body(preferencelist=("plain", "html"))
    return part.get_content() if part else ""


def http(method, url, data=None, headers=None):
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def sql(database, query):
    out = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-tA", "-d", database, "-c", query],
                         capture_output=True, text=True, check=True).stdout.strip()
    return out


def wait(condition, timeout, what):
    end = time.time() + timeout
    while time.time() < end:
        if condition():
            return True
        time.sleep(0.02)
    print(f"  (gave up waiting for {what} after {timeout} s)")
    return False


def received_at(entry):
    """The publication date; for an undated text, mid-year of the latest year its labels give, else now."""
    published = entry.get("published")
    if published:
        # a label may give only the month or the year: the middle of it
        published = published + {4: "-07-01", 7: "-15"}.get(len(published), "")
        return datetime.fromisoformat(published).replace(hour=9, tzinfo=timezone.utc)
    years = [j["year"] for j in entry.get("judgements", []) if j.get("year")]
    if years:
        return datetime(max(years), 7, 1, 9, tzinfo=timezone.utc)
    return datetime.now(timezone.utc)


def percentile(values, p):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(round(p / 100 * len(ordered) + 0.5)) - 1))]


def main():
    a = argparse.ArgumentParser()
    a.add_argument("--ingest", required=True)
    a.add_argument("--alert", required=True)
    a.add_argument("--api-key", required=True)
    a.add_argument("--catalog-db", required=True)
    a.add_argument("--alert-db", required=True)
    a.add_argument("--smtp-port", type=int, required=True)
    a.add_argument("--corpus", required=True)
    a.add_argument("sets", nargs="+")
    args = a.parse_args()

    server = Smtp(("127.0.0.1", args.smtp_port), SmtpHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()

    entries = []
    for name in args.sets:
        folder = Path(args.corpus) / name
        for entry in json.loads((folder / "labels.json").read_text()):
            entry["path"] = folder / entry["file"]
            entry["set"] = name
            entry["at"] = received_at(entry)
            entries.append(entry)
    entries.sort(key=lambda e: (e["at"], e["set"], e["file"]))

    subscriber = "replay-subscriber@example.org"
    status, body = http("POST", args.alert + "/subscriptions", json.dumps(
        {"email": subscriber, "ratings": ["inadequate"], "frequency": "immediately"}).encode(), {"Content-Type": "application/json"})
    assert status == 202, (status, body)
    wait(lambda: MAILS, 30, "the confirmation email")
    token = re.search(r"https?://\S+/subscriptions/confirm\?token=([A-Za-z0-9_-]+)", body_of(MAILS[0][1])).group(1)
    # opening the link only shows the Confirm button (mail scanners open links): the button posts the token
    status, body = http("POST", args.alert + "/subscriptions/confirm", ("token=" + token).encode(),
                        {"Content-Type": "application/x-www-form-urlencoded", "Accept": "text/html"})
    assert status == 200 and "confirmed" in body.lower(), (status, body)
    assert sql(args.alert_db, "select count(*) from subscription where status = 'active'") == "1", "the subscription is not active"
    with MAILS_LOCK:
        MAILS.clear()

    results = []
    print(f"replaying {len(entries)} texts from {', '.join(args.sets)} ...")
    for entry in entries:
        text = entry["path"].read_text(encoding="utf-8", errors="replace")
        seen = len(MAILS)
        posted = time.time()
        status, answer = http("POST", args.ingest + "/reports", text.encode(), {
            "Content-Type": "text/plain; charset=utf-8", "X-API-Key": args.api_key,
            "X-Received-At": entry["at"].strftime("%Y-%m-%dT%H:%M:%SZ")})
        if status != 202:
            results.append((entry, None, [], f"ingest answered {status}"))
            continue
        accepted = json.loads(answer)
        report = accepted["reportId"]
        wait(lambda: sql(args.catalog_db, f"select count(*) from report where id = '{report}'") == "1", 60, "the catalog")
        wait(lambda: sql(args.catalog_db, "select count(*) from outbox_event where sent_at is null") == "0", 60, "the outbox relay")
        events = int(sql(args.catalog_db, f"select count(*) from outbox_event where payload like '%\"reportId\":\"{report}\"%'"))
        wait(lambda: int(sql(args.alert_db, "select count(*) from announcement_member where payload like "
                                            f"'%\"reportId\":\"{report}\"%'")) >= events, 60, "the alert service")
        wait(lambda: sql(args.alert_db, "select count(*) from mail where state = 'pending' and next_attempt_at <= now()") == "0"
             and sql(args.alert_db, "select count(*) from announcement where released_at is null") == "0", 120, "the outbox")
        time.sleep(0.05)
        with MAILS_LOCK:
            mails = MAILS[seen:]
        got = []
        for arrived, message in mails:
            code = re.search(r"/councils/(E\d{8})", body_of(message))
            got.append((code.group(1) if code else "?", arrived - posted, str(message["subject"])))
        reasons = {}
        for row in sql(args.catalog_db, f"select payload from outbox_event where payload like '%\"reportId\":\"{report}\"%'").splitlines():
            event = json.loads(row)
            reasons.setdefault(event["council"]["code"], set()).add(event.get("notifyReason"))
        results.append((entry, accepted, got, reasons))

    false_alerts, missed, latencies = [], [], []
    for entry, accepted, got, reasons in results:
        if accepted is None:
            print(f"  {entry['set']}/{entry['file']}: not accepted ({reasons})")
            continue
        expected = set(entry.get("alert_gss") or [])
        counted = {}
        for code, latency, subject in got:
            counted[code] = counted.get(code, 0) + 1
            latencies.append(latency)
        labelled = {(j.get("gss"), j["rating"], j["status"]) for j in entry.get("judgements", [])}
        for code, n in counted.items():
            extra = n - (1 if code in expected else 0)
            if extra > 0:
                parsed = [o for o in accepted.get("outcomes", []) if o["councilCode"] == code and o["status"] == "new"]
                correct = any((o["councilCode"], o["rating"], "new") in labelled for o in parsed)
                false_alerts.append((entry, code, extra, correct, sorted(map(str, reasons.get(code, [])))))
        for code in expected - set(counted):
            missed.append((entry, code, sorted(map(str, reasons.get(code, []))) or ["no judgements.recorded event"]))

    print()
    print(f"texts: {len(results)}; alert emails: {len(latencies)}; expected alerting councils: "
          f"{sum(len(e.get('alert_gss') or []) for e, *_ in results)}")
    print(f"false alert emails: {sum(f[2] for f in false_alerts)} "
          f"(from a correctly parsed outcome: {sum(f[2] for f in false_alerts if f[3])})")
    for entry, code, extra, correct, why in false_alerts:
        print(f"  false  {entry['set']}/{entry['file']} {code} x{extra} "
              f"({'parsed as labelled' if correct else 'parser error'}; catalog: {', '.join(why)}; received {entry['at']:%Y-%m-%d})")
    print(f"missed alert emails: {len(missed)}")
    for entry, code, why in missed:
        print(f"  missed {entry['set']}/{entry['file']} {code} (catalog: {', '.join(why)}; received {entry['at']:%Y-%m-%d})")
    print(f"post -> email latency, immediate alerts: p50 {percentile(latencies, 50) * 1000:.0f} ms, "
          f"p99 {percentile(latencies, 99) * 1000:.0f} ms, max {max(latencies, default=0) * 1000:.0f} ms (n={len(latencies)})")
    server.shutdown()


if __name__ == "__main__":
    main()

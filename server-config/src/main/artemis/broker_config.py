#!/usr/bin/env python3
"""Sets the loopchain acceptor of an Artemis broker instance (etc/broker.xml), idempotently.

  broker_config.py BROKER_XML PORT

The acceptor named "artemis" (the one `artemis create` writes) is bound to 127.0.0.1:PORT and strips
the JMS 1.x prefixes (anycastPrefix=jms.queue.;multicastPrefix=jms.topic.), so that a client which
names its destinations jms.topic.X (WildFly's messaging subsystem) and one that names them X (the
Artemis RA on Payara) meet on the same address X. Every other setting stays as `artemis create` wrote it.
"""
import re
import sys

PREFIXES = {"anycastPrefix": "jms.queue.", "multicastPrefix": "jms.topic."}


def acceptor_url(url, port):
    m = re.fullmatch(r"tcp://[^:/?]+:\d+(?:\?(.*))?", url.strip())
    if not m:
        sys.exit(f"unexpected acceptor URL: {url}")
    params = [p for p in (m.group(1) or "").split(";") if p and p.split("=", 1)[0] not in PREFIXES]
    params += [f"{k}={v}" for k, v in PREFIXES.items()]
    return f"tcp://127.0.0.1:{port}?" + ";".join(params)


def main():
    path, port = sys.argv[1], int(sys.argv[2])
    with open(path, encoding="UTF-8") as f:
        text = f.read()
    pattern = re.compile(r'(<acceptor name="artemis">)([^<]*)(</acceptor>)')
    if not pattern.search(text):
        sys.exit(f'{path}: no <acceptor name="artemis">')
    text = pattern.sub(lambda m: m.group(1) + acceptor_url(m.group(2), port) + m.group(3), text, count=1)
    with open(path, "w", encoding="UTF-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()

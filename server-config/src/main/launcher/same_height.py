#!/usr/bin/env python3
"""Waits until every peer of a local network is at the same block height >= 1 with the same block hash.

  same_height.py TIMEOUT NAME=REST_PORT...

Polls GET http://127.0.0.1:PORT/api/v1/status/peer (fields block_height, block_hash) twice a second.
A fresh chain stays at height 0 until a transaction arrives (empty blocks are off), so once every
peer answers and all are at height 0, it posts one transaction {"data": "loopchain up"} to the first
peer, once. Exit 0 when the peers agree; exit 1 after TIMEOUT seconds, printing each peer's height.
"""
import json
import sys
import time
import urllib.request

STATUS = "/api/v1/status/peer"


def status(port):
    """(height, hash) of the peer on PORT, or (None, reason)."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{STATUS}", timeout=5) as r:
            body = json.load(r)
        return int(body["block_height"]), body.get("block_hash")
    except Exception as e:  # connection refused, timeout, not JSON, no block_height
        return None, f"no answer ({type(e).__name__}: {e})"


def post_tx(port):
    req = urllib.request.Request(f"http://127.0.0.1:{port}/api/v1/transactions",
                                 data=json.dumps({"data": "loopchain up"}).encode(),
                                 headers={"Content-Type": "application/json"}, method="POST")
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.load(r)


def main():
    timeout = float(sys.argv[1])
    peers = [(a.split("=", 1)[0], int(a.split("=", 1)[1])) for a in sys.argv[2:]]
    deadline = time.monotonic() + timeout
    posted = False
    seen = {}
    while True:
        seen = {name: status(port) for name, port in peers}
        heights = [h for h, _ in seen.values()]
        if None not in heights:
            hashes = {hsh for _, hsh in seen.values()}
            if min(heights) >= 1 and len(set(heights)) == 1 and len(hashes) == 1:
                h, hsh = next(iter(seen.values()))
                print(f"    all {len(peers)} peers at height {h}, block_hash {str(hsh)[:16]}…", flush=True)
                return 0
            if max(heights) == 0 and not posted:
                name, port = peers[0]
                try:
                    answer = post_tx(port)
                    print(f"    every peer at height 0: posted {{\"data\": \"loopchain up\"}} to {name} "
                          f"(tx_hash {answer.get('tx_hash', '?')})", flush=True)
                    posted = True
                except Exception as e:
                    print(f"    posting the first transaction to {name} failed ({e}); retrying", flush=True)
        if time.monotonic() >= deadline:
            break
        time.sleep(0.5)
    print(f"loopchain: the peers did not reach one block height >= 1 within {timeout:g} s:", file=sys.stderr)
    for (name, port) in peers:
        h, hsh = seen[name]
        what = f"block_height {h}  block_hash {str(hsh)[:16]}" if h is not None else hsh
        print(f"    {name:<8} http://127.0.0.1:{port}{STATUS}  {what}", file=sys.stderr)
    if not posted and None not in [h for h, _ in seen.values()]:
        print("    (no transaction was posted: some peer was already above height 0)", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())

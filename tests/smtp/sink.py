"""The test suite's SMTP server: aiosmtpd on loopback.

Usage: sink.py DIR [PORT]. Prints the bound port on stdout, then serves until
killed. Each accepted message is saved as DIR/mail/<n>.json (envelope,
headers, and the decoded text and HTML parts), written atomically.

Files in DIR steer the answer to DATA, so tests can play an unwell server:
  refuse  answer 451 (try again later)
  reject  answer 550 5.1.1 (no such user: refused for good)
  stall   save the message, then never answer (a sender killed while
          waiting has delivered without knowing it)
"""

import asyncio
import email
import email.policy
import itertools
import json
import os
import pathlib
import sys

from aiosmtpd.smtp import SMTP

_serial = itertools.count(1)


class Handler:
    def __init__(self, root: pathlib.Path):
        self.root = root

    async def handle_DATA(self, server, session, envelope):
        if (self.root / "refuse").exists():
            return "451 4.3.0 Temporarily refused by the test"
        if (self.root / "reject").exists():
            return "550 5.1.1 No such user (refused by the test)"
        raw = envelope.original_content or envelope.content
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        parts = {}
        for part in msg.walk():
            kind = part.get_content_type()
            if kind in ("text/plain", "text/html") and kind not in parts:
                parts[kind] = part.get_content()
        doc = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "headers": [[k, str(v)] for k, v in msg.items()],
            "message_id": msg["Message-ID"],
            "subject": str(msg["Subject"]),
            "content_type": msg.get_content_type(),
            "text": parts.get("text/plain"),
            "html": parts.get("text/html"),
            "raw": raw.decode("utf-8", "replace"),
        }
        name = f"{next(_serial):06d}-{os.getpid()}"
        tmp = self.root / "mail" / f".{name}.tmp"
        tmp.write_text(json.dumps(doc))
        tmp.rename(self.root / "mail" / f"{name}.json")
        if (self.root / "stall").exists():
            await asyncio.sleep(3600)
        return "250 2.0.0 Accepted"


async def main(root: pathlib.Path, port: int) -> None:
    (root / "mail").mkdir(parents=True, exist_ok=True)
    handler = Handler(root)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: SMTP(handler, hostname="sink.test"), "127.0.0.1", port
    )
    print(server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main(pathlib.Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 0))

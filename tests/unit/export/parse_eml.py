"""Reads one message from stdin with Python's standard email parser and prints what a mail client would show."""
import json
import sys
from email import message_from_bytes, policy

message = message_from_bytes(sys.stdin.buffer.read(), policy=policy.default)
body = message.get_body(preferencelist=("plain",))


def mailboxes(header):
    value = message[header]
    if value is None:
        return None
    return [{"name": a.display_name, "address": a.addr_spec} for a in value.addresses]


json.dump(
    {
        "to": mailboxes("To"),
        "from": mailboxes("From"),
        "subject": message["Subject"],
        "date": message["Date"].datetime.isoformat() if message["Date"] else None,
        "xUnsent": message["X-Unsent"],
        "contentType": message.get_content_type(),
        "charset": message.get_content_charset(),
        "body": body.get_content() if body is not None else None,
        "defects": [type(d).__name__ for d in message.defects] + [type(d).__name__ for h in message.keys() for d in message[h].defects],
    },
    sys.stdout,
    ensure_ascii=False,
)

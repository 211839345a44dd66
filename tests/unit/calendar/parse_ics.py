"""Reads an .ics file from stdin with Python's icalendar (an independent reader) and prints its events as JSON."""
import json
import sys

from icalendar import Calendar

calendar = Calendar.from_ical(sys.stdin.buffer.read())
events = []
for event in calendar.walk("VEVENT"):
    alarms = [int(alarm.get("TRIGGER").dt.total_seconds()) for alarm in event.walk("VALARM")]
    events.append(
        {
            "uid": str(event.get("UID")),
            "summary": str(event.get("SUMMARY")),
            "description": str(event.get("DESCRIPTION", "")),
            "start": event.decoded("DTSTART").isoformat(),
            "end": event.decoded("DTEND").isoformat(),
            "status": str(event.get("STATUS", "")),
            "sequence": int(event.get("SEQUENCE", 0)),
            "alarms": alarms,
        }
    )
print(json.dumps({"method": str(calendar.get("METHOD")), "prodid": str(calendar.get("PRODID")), "events": events}))

"""Reading a multipart/form-data body the way a server would."""

from __future__ import annotations

from dataclasses import dataclass
from email import message_from_bytes
from email.message import Message
from email.policy import HTTP


@dataclass(frozen=True)
class Part:
    name: str
    filename: str | None
    content_type: str | None
    content: bytes


def parse_multipart(content_type: str, body: bytes) -> list[Part]:
    """The parts of a multipart/form-data body, in order."""
    assert content_type.startswith("multipart/form-data; boundary="), content_type
    message = message_from_bytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + body, policy=HTTP
    )
    assert message.is_multipart()
    parts = []
    for part in message.iter_parts():
        assert isinstance(part, Message)
        assert part.get_content_disposition() == "form-data"
        payload = part.get_payload(decode=True)
        assert isinstance(payload, bytes)
        parts.append(
            Part(
                name=str(part.get_param("name", header="content-disposition")),
                filename=part.get_filename(),
                content_type=part["content-type"],
                content=payload,
            )
        )
    return parts

import io

from request_bodies_31_client import RequestBodies31Client
from request_bodies_client import AsyncRequestBodiesClient, RequestBodiesClient
from request_bodies_client.models import Message


def use(client: RequestBodiesClient) -> None:
    client.bodies.send_json(text="hi", priority=1)
    client.bodies.send_json_array(body=[Message(text="a")])
    client.bodies.send_form(name="Ada", age=3, subscribed=True, colours=["red"])
    client.bodies.upload(file=b"bytes")
    client.bodies.upload(file=("a.txt", io.BytesIO(b"x"), "text/plain"), description="d", count=1)
    client.bodies.put_blob(body=b"\x00")
    client.bodies.put_blob(body=io.BytesIO(b"\x00"))
    client.bodies.send_note(body="text")
    client.bodies.send_either(text="hi")


async def use_async(client: AsyncRequestBodiesClient) -> None:
    await client.bodies.upload(file=("a.txt", b"x"))


def use_31(client: RequestBodies31Client) -> None:
    client.bodies.put_blob(body=b"\x00")

from request_bodies_client import AsyncRequestBodiesClient, RequestBodiesClient


def use(client: RequestBodiesClient) -> None:
    client.bodies.create_thing()
    client.bodies.create_thing(name="lamp")
    client.bodies.create_thing(name="lamp", note="red")
    client.with_raw_response.bodies.create_thing(name="lamp")
    # A body without its required property must not type-check; --strict's
    # warn_unused_ignores turns an accepted call into an "unused ignore" error.
    client.bodies.create_thing(note="red")  # type: ignore[call-overload]
    client.with_raw_response.bodies.create_thing(note="red")  # type: ignore[call-overload]


async def use_async(client: AsyncRequestBodiesClient) -> None:
    await client.bodies.create_thing()
    await client.bodies.create_thing(name="lamp", note="red")
    await client.bodies.create_thing(note="red")  # type: ignore[call-overload]

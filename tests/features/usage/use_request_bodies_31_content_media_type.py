from request_bodies_31_client import RequestBodies31Client


def use(client: RequestBodies31Client) -> None:
    # 3.1: `type: string, contentMediaType: image/png` is a file, as `format: binary` is in 3.0.
    client.bodies.upload(image=("dot.png", b"\x89PNG", "image/png"), caption="a dot")
    client.bodies.upload(image=b"\x89PNG")

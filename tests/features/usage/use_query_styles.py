from query_styles_client import AsyncQueryStylesClient, QueryStylesClient
from query_styles_client.models import Rgb


def use(client: QueryStylesClient) -> None:
    rgb = Rgb(r=1, g=2, b=3)
    colours = ["blue", "black"]
    client.styles.query(
        colors=colours,
        colors_csv=colours,
        rgb=rgb,
        rgb_csv=rgb,
        spaced=colours,
        piped=colours,
        piped_rgb=rgb,
        deep=rgb,
        flag=True,
        word="w",
    )
    client.styles.label(colours, colours, rgb, rgb)
    client.styles.matrix("blue", colours, colours, rgb, rgb)
    client.styles.simple(colours, rgb, rgb)
    client.styles.headers(x_colours=colours, x_rgb=rgb, x_rgb_exploded=rgb, x_flag=True, x_count=1)
    client.styles.cookies(session="s", count=1, colours=colours)


async def use_async(client: AsyncQueryStylesClient) -> None:
    await client.styles.cookies(session="s")

from typing import assert_type

from security_parameters_client import AsyncSecurityParametersClient, SecurityParametersClient
from security_parameters_client.models import Pet


def use(client: SecurityParametersClient) -> None:
    assert_type(client.pets.get(7), Pet)
    assert_type(client.pets.delete(7, api_key="own value"), None)


async def use_async(client: AsyncSecurityParametersClient) -> None:
    assert_type(await client.pets.delete(7, api_key="own value"), None)

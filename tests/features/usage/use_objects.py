from datetime import date, datetime, time
from decimal import Decimal
from typing import Any, assert_type

from objects_client import AsyncObjectsClient, ObjectsClient
from objects_client.models import (
    Company,
    CreateOrderRequestShipping,
    CreateOrderRequestShippingGeo,
    CreateOrderResponse,
    Person,
    Settings,
    Strict,
    Tree,
    User,
)


def use(client: ObjectsClient) -> None:
    user = client.users.create(name="Ada", password="pw", role="admin", quota=3)
    assert_type(user, User)
    assert_type(user.active, bool)
    settings = client.settings.put(
        theme="dark", labels={"a": "b"}, strict=Strict(enabled=True), extras={"x": [1]}
    )
    assert_type(settings, Settings)
    assert_type(settings.labels, dict[str, str] | None)
    assert_type(client.settings.get_metadata(), dict[str, Any])
    assert_type(client.settings.get_counters(), dict[str, int])
    tree = client.trees.get("t1")
    assert_type(tree.children, list[Tree] | None)
    person = client.trees.get_person("p1")
    assert_type(person.employer, Company | None)
    if person.employer is not None and person.employer.people:
        assert_type(person.employer.people[0], Person)
    event = client.events.create(
        id="e1",
        at=datetime(2024, 1, 1),
        day=date(2024, 1, 1),
        starts=time(9),
        amount=Decimal("1.5"),
    )
    assert_type(event.at, datetime)
    assert_type(event.amount, Decimal | None)


async def use_async(client: AsyncObjectsClient) -> None:
    shipping = CreateOrderRequestShipping(
        street="Main", geo=CreateOrderRequestShippingGeo(lat=1.0, lon=2.0)
    )
    order = await client.orders.create(item="book", shipping=shipping, quantity=2)
    assert_type(order, CreateOrderResponse)
    assert_type(order.lines[0].price, Decimal | None)

"""Data models of the Pagination."""

from ._models import BaseModel

__all__ = [
    "Book",
    "Event",
    "EventList",
    "GetFeedResponse",
    "ListPeopleResponse",
    "ListPetsResponse",
    "Person",
    "Pet",
    "Repository",
    "SearchResponse",
]


class Book(BaseModel):
    title: str


class Event(BaseModel):
    id: str
    type: str | None = None


class EventList(BaseModel):
    data: list[Event]
    has_more: bool


class GetFeedResponse(BaseModel):
    entries: list[int]
    next_pos: str | None = None


class Person(BaseModel):
    name: str


class ListPeopleResponse(BaseModel):
    items: list[Person] | None = None
    total: int | None = None


class Pet(BaseModel):
    id: str
    name: str


class ListPetsResponse(BaseModel):
    data: list[Pet]
    next_cursor: str | None = None


class Repository(BaseModel):
    id: int
    full_name: str


class SearchResponse(BaseModel):
    hits: list[str]
    took: int

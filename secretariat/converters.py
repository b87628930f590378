"""Path converters of the back office's URLs."""


class EventKindConverter:
    """Only the two kinds of event exist: any other word in the URL is a 404, never a KeyError."""

    regex = "conference|meeting"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


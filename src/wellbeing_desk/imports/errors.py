"""The one error an importer raises, with the card or line it concerns."""


class ImportFormatError(ValueError):
    """The file cannot be imported; ``str()`` is one sentence naming the card or line.

    ``record`` is the 1-based card number (vCard) and ``line`` the 1-based line
    in the file, each ``None`` when the problem concerns the whole file.
    """

    def __init__(self, message: str, *, record: int | None = None, line: int | None = None):
        super().__init__(message)
        self.record = record
        self.line = line

    @classmethod
    def at_card(cls, record: int, line: int | None, problem: str) -> "ImportFormatError":
        """``Card 3 (line 17): the name is missing``."""
        where = f"Card {record}" if line is None else f"Card {record} (line {line})"
        return cls(f"{where}: {problem}", record=record, line=line)

    @classmethod
    def at_line(cls, line: int, problem: str) -> "ImportFormatError":
        """``Line 5: the name is missing``."""
        return cls(f"Line {line}: {problem}", line=line)

"""The ``newsprism`` command: thin click commands over the library."""

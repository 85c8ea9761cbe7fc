"""The generated client projects as a user gets them: built, installed and type-checked."""

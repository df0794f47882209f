"""Plaintext exports: pure builders plus one atomic writer. Qt-free."""

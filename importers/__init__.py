"""Importers: read a file, find the facts it states, resolve them to stored entities.

Heavy dependencies (jieba, trafilatura, pypdf) are imported inside the functions that
need them so that `ipx search` and `ipx show` start fast.
"""

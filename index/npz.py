"""Arrays of an ``.npz`` file memory-mapped instead of read.

``np.savez`` stores each array uncompressed in the zip, so an array's bytes sit contiguously in the
file: mapping them costs nothing at open, and only the pages a search touches are read (and count
towards the process's memory). ``np.load`` cannot map an ``.npz`` (nor an open file handle, which
index/store.py uses to read one generation whole), so the member's offset is found here from the
zip's local header and the ``.npy`` header after it.
"""
from __future__ import annotations

import struct
import zipfile
from typing import BinaryIO

import numpy as np

_LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")  # the zip format's local file header (30 bytes)


def load(file: BinaryIO, *, mapped: bool = True) -> dict[str, np.ndarray]:
    """Every array of the ``.npz`` open as ``file``: mapped where stored uncompressed and plain
    (numbers, fixed-width strings), else read. The maps stay valid after ``file`` is closed."""
    if not mapped:
        with np.load(file, allow_pickle=False) as data:
            return {name: data[name] for name in data.files}
    out: dict[str, np.ndarray] = {}
    with zipfile.ZipFile(file) as archive:
        members = archive.infolist()
    for info in members:
        name = info.filename.removesuffix(".npy")
        out[name] = _member(file, info)
    return out


def _member(file: BinaryIO, info: zipfile.ZipInfo) -> np.ndarray:
    file.seek(info.header_offset)
    raw = file.read(_LOCAL_HEADER.size)
    if len(raw) != _LOCAL_HEADER.size or raw[:4] != b"PK\x03\x04":
        raise ValueError(f"{info.filename}: no zip entry where the archive's directory says")
    header = _LOCAL_HEADER.unpack(raw)
    name_len, extra_len = header[-2], header[-1]
    data_at = info.header_offset + _LOCAL_HEADER.size + name_len + extra_len
    file.seek(data_at)
    if info.compress_type != zipfile.ZIP_STORED:
        with zipfile.ZipFile(file) as archive, archive.open(info) as member:
            return np.lib.format.read_array(member, allow_pickle=False)
    version = np.lib.format.read_magic(file)
    shape, fortran, dtype = (np.lib.format.read_array_header_1_0(file) if version == (1, 0)
                             else np.lib.format.read_array_header_2_0(file))
    if dtype.hasobject:
        raise ValueError(f"{info.filename} holds Python objects, which an index never stores")
    count = int(np.prod(shape)) if shape else 1
    if count == 0 or dtype.itemsize == 0:
        return np.empty(shape, dtype=dtype)
    return np.memmap(file, dtype=dtype, mode="r", offset=file.tell(), shape=shape,
                     order="F" if fortran else "C")

"""index/npz.py maps the arrays of an .npz in place of np.load."""
import numpy as np

from index import npz


def test_stored_arrays_are_mapped_and_compressed_ones_read(tmp_path):
    """np.savez stores members uncompressed (mapped); a compressed file still loads, read."""
    arrays = {"ids": np.arange(10, dtype=np.int64), "lens": np.linspace(0, 1, 7, dtype=np.float32),
              "words": np.array(["一网通办", "a"]), "none": np.zeros(0, np.int64), "grid": np.ones((3, 2))}
    np.savez(tmp_path / "plain.npz", **arrays)
    np.savez_compressed(tmp_path / "packed.npz", **arrays)
    for name, mapped in (("plain.npz", True), ("packed.npz", False)):
        with open(tmp_path / name, "rb") as f:
            loaded = npz.load(f)
        assert loaded.keys() == arrays.keys()
        assert all(np.array_equal(loaded[k], v) and loaded[k].dtype == v.dtype for k, v in arrays.items())
        assert isinstance(loaded["ids"], np.memmap) is mapped


def test_a_damaged_entry_is_a_value_error(tmp_path):
    """Bytes overwritten where an array's entry starts: a ValueError the index reports as damage."""
    import pytest

    np.savez(tmp_path / "a.npz", ids=np.arange(100, dtype=np.int64))
    data = bytearray((tmp_path / "a.npz").read_bytes())
    data[0:4] = b"XXXX"
    (tmp_path / "a.npz").write_bytes(bytes(data))
    with open(tmp_path / "a.npz", "rb") as f, pytest.raises(ValueError, match="no zip entry"):
        npz.load(f)

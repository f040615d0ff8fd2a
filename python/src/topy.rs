//! Serializable values straight to Python objects, as `json.loads(serde_json::to_string(v))`
//! would give them, without the JSON text and the `serde_json::Value` tree in between.
//!
//! `Article.to_dict()` on a page of 500,000 blocks used to build all three (text, tree,
//! objects), a fresh key string per field of every block, while the cyclic GC kept walking
//! the growing result: minutes and gigabytes. Here each value becomes its object once,
//! field names are interned (one `"text"` shared by every block) and the GC is paused
//! while the (acyclic) result is built.

use std::collections::HashMap;
use std::fmt;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use serde::ser::{self, Serialize};

/// A serializable value as the Python object `json.loads` would give for its JSON, with
/// `f32`s read as they print (`-7.7`, not `-7.699999809265137`).
pub fn to_py<'py, T: Serialize + ?Sized>(py: Python<'py>, v: &T) -> PyResult<Bound<'py, PyAny>> {
    let _paused = GcPause::new(py)?;
    let mut keys = Keys {
        py,
        cache: HashMap::new(),
    };
    v.serialize(Ser { keys: &mut keys }).map_err(|e| e.0)
}

/// Pauses Python's cyclic garbage collector until dropped (if it was running). The objects
/// built here hold no cycles, but every few hundred container allocations would otherwise
/// start a collection that walks them all again. Nothing else runs meanwhile: the GIL is held
/// and no Python code is called.
struct GcPause<'py> {
    gc: Option<Bound<'py, PyModule>>,
}

impl<'py> GcPause<'py> {
    fn new(py: Python<'py>) -> PyResult<Self> {
        let gc = py.import("gc")?;
        if gc.call_method0("isenabled")?.is_truthy()? {
            gc.call_method0("disable")?;
            Ok(GcPause { gc: Some(gc) })
        } else {
            Ok(GcPause { gc: None })
        }
    }
}

impl Drop for GcPause<'_> {
    fn drop(&mut self) {
        if let Some(gc) = &self.gc {
            // Cannot fail for the real gc module; nothing useful to do if it did.
            let _ = gc.call_method0("enable");
        }
    }
}

/// Interned Python strings for the `&'static str` names serde gives (struct fields, enum
/// variants), looked up by address so each name is made once per call.
struct Keys<'py> {
    py: Python<'py>,
    cache: HashMap<(usize, usize), Bound<'py, PyString>>,
}

impl<'py> Keys<'py> {
    fn get(&mut self, name: &'static str) -> Bound<'py, PyString> {
        let py = self.py;
        self.cache
            .entry((name.as_ptr() as usize, name.len()))
            .or_insert_with(|| PyString::intern(py, name))
            .clone()
    }
}

/// A `PyErr` carried through serde.
#[derive(Debug)]
pub struct Error(PyErr);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(PyValueError::new_err(msg.to_string()))
    }
}

impl From<std::convert::Infallible> for Error {
    fn from(e: std::convert::Infallible) -> Self {
        match e {}
    }
}

impl From<PyErr> for Error {
    fn from(e: PyErr) -> Self {
        Error(e)
    }
}

type Out<'py> = Result<Bound<'py, PyAny>, Error>;

struct Ser<'a, 'py> {
    keys: &'a mut Keys<'py>,
}

impl<'py> Ser<'_, 'py> {
    fn py(&self) -> Python<'py> {
        self.keys.py
    }

    /// `{variant: value}`, serde_json's form of a non-unit enum variant.
    fn tagged(&mut self, variant: &'static str, value: Bound<'py, PyAny>) -> Out<'py> {
        let d = PyDict::new(self.py());
        d.set_item(self.keys.get(variant), value)?;
        Ok(d.into_any())
    }
}

/// A float as JSON has it: NaN and infinities are `null`.
fn float(py: Python<'_>, x: f64) -> Out<'_> {
    Ok(if x.is_finite() {
        x.into_pyobject(py)?.into_any()
    } else {
        py.None().into_bound(py)
    })
}

impl<'a, 'py> ser::Serializer for Ser<'a, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    type SerializeSeq = Seq<'a, 'py>;
    type SerializeTuple = Seq<'a, 'py>;
    type SerializeTupleStruct = Seq<'a, 'py>;
    type SerializeTupleVariant = Seq<'a, 'py>;
    type SerializeMap = Map<'a, 'py>;
    type SerializeStruct = Map<'a, 'py>;
    type SerializeStructVariant = Map<'a, 'py>;

    fn serialize_bool(self, v: bool) -> Out<'py> {
        Ok(v.into_pyobject(self.py())?.to_owned().into_any())
    }
    fn serialize_i8(self, v: i8) -> Out<'py> {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Out<'py> {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Out<'py> {
        self.serialize_i64(v.into())
    }
    fn serialize_i64(self, v: i64) -> Out<'py> {
        Ok(v.into_pyobject(self.py())?.into_any())
    }
    fn serialize_i128(self, v: i128) -> Out<'py> {
        Ok(v.into_pyobject(self.py())?.into_any())
    }
    fn serialize_u8(self, v: u8) -> Out<'py> {
        self.serialize_u64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Out<'py> {
        self.serialize_u64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Out<'py> {
        self.serialize_u64(v.into())
    }
    fn serialize_u64(self, v: u64) -> Out<'py> {
        Ok(v.into_pyobject(self.py())?.into_any())
    }
    fn serialize_u128(self, v: u128) -> Out<'py> {
        Ok(v.into_pyobject(self.py())?.into_any())
    }
    fn serialize_f32(self, v: f32) -> Out<'py> {
        float(self.py(), crate::f32_to_f64(v))
    }
    fn serialize_f64(self, v: f64) -> Out<'py> {
        float(self.py(), v)
    }
    fn serialize_char(self, v: char) -> Out<'py> {
        let mut buf = [0; 4];
        self.serialize_str(v.encode_utf8(&mut buf))
    }
    fn serialize_str(self, v: &str) -> Out<'py> {
        Ok(PyString::new(self.py(), v).into_any())
    }
    fn serialize_bytes(self, v: &[u8]) -> Out<'py> {
        // serde_json writes bytes as an array of numbers.
        Ok(PyList::new(self.py(), v)?.into_any())
    }
    fn serialize_none(self) -> Out<'py> {
        Ok(self.py().None().into_bound(self.py()))
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Out<'py> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Out<'py> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Out<'py> {
        self.serialize_none()
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _i: u32,
        variant: &'static str,
    ) -> Out<'py> {
        Ok(self.keys.get(variant).into_any())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Out<'py> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        mut self,
        _name: &'static str,
        _i: u32,
        variant: &'static str,
        value: &T,
    ) -> Out<'py> {
        let inner = value.serialize(Ser { keys: self.keys })?;
        self.tagged(variant, inner)
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Seq<'a, 'py>, Error> {
        Ok(Seq {
            list: PyList::empty(self.py()),
            keys: self.keys,
            variant: None,
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Seq<'a, 'py>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<Seq<'a, 'py>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _i: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Seq<'a, 'py>, Error> {
        let mut s = self.serialize_seq(Some(len))?;
        s.variant = Some(variant);
        Ok(s)
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Map<'a, 'py>, Error> {
        Ok(Map {
            dict: PyDict::new(self.py()),
            keys: self.keys,
            key: None,
            variant: None,
        })
    }
    fn serialize_struct(self, _name: &'static str, len: usize) -> Result<Map<'a, 'py>, Error> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _i: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Map<'a, 'py>, Error> {
        let mut m = self.serialize_map(Some(len))?;
        m.variant = Some(variant);
        Ok(m)
    }
}

/// A list being filled (wrapped as `{variant: [...]}` for a tuple variant).
struct Seq<'a, 'py> {
    list: Bound<'py, PyList>,
    keys: &'a mut Keys<'py>,
    variant: Option<&'static str>,
}

impl<'py> Seq<'_, 'py> {
    fn push<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        let v = value.serialize(Ser { keys: self.keys })?;
        Ok(self.list.append(v)?)
    }

    fn finish(self) -> Out<'py> {
        let list = self.list.into_any();
        match self.variant {
            Some(variant) => Ser { keys: self.keys }.tagged(variant, list),
            None => Ok(list),
        }
    }
}

impl<'py> ser::SerializeSeq for Seq<'_, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.push(value)
    }
    fn end(self) -> Out<'py> {
        self.finish()
    }
}

impl<'py> ser::SerializeTuple for Seq<'_, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.push(value)
    }
    fn end(self) -> Out<'py> {
        self.finish()
    }
}

impl<'py> ser::SerializeTupleStruct for Seq<'_, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.push(value)
    }
    fn end(self) -> Out<'py> {
        self.finish()
    }
}

impl<'py> ser::SerializeTupleVariant for Seq<'_, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.push(value)
    }
    fn end(self) -> Out<'py> {
        self.finish()
    }
}

/// A dict being filled (wrapped as `{variant: {...}}` for a struct variant).
struct Map<'a, 'py> {
    dict: Bound<'py, PyDict>,
    keys: &'a mut Keys<'py>,
    /// A map key waiting for its value.
    key: Option<Bound<'py, PyAny>>,
    variant: Option<&'static str>,
}

impl<'py> Map<'_, 'py> {
    fn finish(self) -> Out<'py> {
        let dict = self.dict.into_any();
        match self.variant {
            Some(variant) => Ser { keys: self.keys }.tagged(variant, dict),
            None => Ok(dict),
        }
    }

    fn field<T: Serialize + ?Sized>(&mut self, name: &'static str, value: &T) -> Result<(), Error> {
        let v = value.serialize(Ser { keys: self.keys })?;
        Ok(self.dict.set_item(self.keys.get(name), v)?)
    }
}

impl<'py> ser::SerializeMap for Map<'_, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        let k = key.serialize(Ser { keys: self.keys })?;
        // JSON object keys are strings: serde_json writes a number key as its digits.
        self.key = Some(if k.is_instance_of::<PyString>() {
            k
        } else {
            k.str()?.into_any()
        });
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        let key = self
            .key
            .take()
            .ok_or_else(|| <Error as ser::Error>::custom("map value without a key"))?;
        let v = value.serialize(Ser { keys: self.keys })?;
        Ok(self.dict.set_item(key, v)?)
    }
    fn end(self) -> Out<'py> {
        self.finish()
    }
}

impl<'py> ser::SerializeStruct for Map<'_, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.field(name, value)
    }
    fn end(self) -> Out<'py> {
        self.finish()
    }
}

impl<'py> ser::SerializeStructVariant for Map<'_, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.field(name, value)
    }
    fn end(self) -> Out<'py> {
        self.finish()
    }
}

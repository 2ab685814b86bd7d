//! A small map kept as a list of pairs, in insertion order.
//!
//! The engine follows a few hundred tabs at most, so a scan is as fast as a
//! tree, and a list costs far less code in the browser's download. It also
//! saves as a list of pairs, which JavaScript (whose object keys are all
//! strings) hands back as it got it.

use serde::{Deserialize, Serialize};

/// A map as a list of `(key, value)` pairs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct VecMap<K, V>(Vec<(K, V)>);

impl<K, V> Default for VecMap<K, V> {
    fn default() -> Self {
        VecMap(Vec::new())
    }
}

#[allow(clippy::len_without_is_empty)]
impl<K: PartialEq, V> VecMap<K, V> {
    fn position<Q: PartialEq<K> + ?Sized>(&self, key: &Q) -> Option<usize> {
        self.0.iter().position(|(k, _)| key == k)
    }
    /// The value of `key`.
    pub fn get<Q: PartialEq<K> + ?Sized>(&self, key: &Q) -> Option<&V> {
        self.position(key).map(|i| &self.0[i].1)
    }
    /// The value of `key`, to change.
    pub fn get_mut<Q: PartialEq<K> + ?Sized>(&mut self, key: &Q) -> Option<&mut V> {
        self.position(key).map(move |i| &mut self.0[i].1)
    }
    /// Whether `key` is there.
    pub fn contains_key<Q: PartialEq<K> + ?Sized>(&self, key: &Q) -> bool {
        self.position(key).is_some()
    }
    /// Sets the value of `key`.
    pub fn insert(&mut self, key: K, value: V) {
        match self.position(&key) {
            Some(i) => self.0[i].1 = value,
            None => self.0.push((key, value)),
        }
    }
    /// Takes `key` out.
    pub fn remove<Q: PartialEq<K> + ?Sized>(&mut self, key: &Q) -> Option<V> {
        self.position(key).map(|i| self.0.remove(i).1)
    }
    /// The value of `key`, made with `V::default()` if it is not there.
    pub fn or_default(&mut self, key: K) -> &mut V
    where
        V: Default,
    {
        let i = match self.position(&key) {
            Some(i) => i,
            None => {
                self.0.push((key, V::default()));
                self.0.len() - 1
            }
        };
        &mut self.0[i].1
    }
    /// Keeps the entries `keep` says yes to.
    pub fn retain(&mut self, mut keep: impl FnMut(&K, &V) -> bool) {
        self.0.retain(|(k, v)| keep(k, v));
    }
    /// How many entries.
    pub fn len(&self) -> usize {
        self.0.len()
    }
    /// The entries.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.0.iter().map(|(k, v)| (k, v))
    }
    /// The keys.
    pub fn keys(&self) -> impl Iterator<Item = &K> {
        self.0.iter().map(|(k, _)| k)
    }
    /// The values.
    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.0.iter().map(|(_, v)| v)
    }
    /// The values, to change.
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.0.iter_mut().map(|(_, v)| v)
    }
}

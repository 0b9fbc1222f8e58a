// A set of pointers in one flat array (open addressing, linear probing).
// Every handle the addon creates is inserted and, when finalized, erased
// again; a node-based set would allocate and free memory for each.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace wt {

class PointerSet {
 public:
  bool contains(const void* p) const {
    if (p == nullptr || p == kErased || slots_.empty()) return false;
    for (size_t i = Home(p);; i = (i + 1) & Mask()) {
      if (slots_[i] == p) return true;
      if (slots_[i] == nullptr) return false;
    }
  }

  void insert(const void* p) {
    if ((used_ + 1) * 2 > slots_.size()) Rehash();
    for (size_t i = Home(p);; i = (i + 1) & Mask()) {
      if (slots_[i] == p) return;
      if (slots_[i] == nullptr) {
        slots_[i] = p;
        used_++;
        size_++;
        return;
      }
    }
  }

  void erase(const void* p) {
    if (p == nullptr || p == kErased || slots_.empty()) return;
    for (size_t i = Home(p);; i = (i + 1) & Mask()) {
      if (slots_[i] == nullptr) return;
      if (slots_[i] == p) {
        slots_[i] = kErased;  // keeps later members of the probe chain reachable
        size_--;
        return;
      }
    }
  }

 private:
  // Marks a slot whose pointer was erased; counted in used_ until a rehash.
  static inline const void* const kErased = reinterpret_cast<const void*>(1);

  size_t Mask() const { return slots_.size() - 1; }
  size_t Home(const void* p) const {
    uint64_t x = reinterpret_cast<uintptr_t>(p) >> 4;  // heap pointers are 16-byte aligned
    return static_cast<size_t>((x * 0x9E3779B97F4A7C15ull) >> 20) & Mask();
  }

  // Drops erased slots, and grows so that at most a quarter of slots are taken.
  void Rehash() {
    std::vector<const void*> old;
    old.swap(slots_);
    size_t capacity = 16;
    while (capacity < (size_ + 1) * 4) capacity *= 2;
    slots_.assign(capacity, nullptr);
    used_ = size_ = 0;
    for (const void* p : old) {
      if (p != nullptr && p != kErased) insert(p);
    }
  }

  std::vector<const void*> slots_;
  size_t used_ = 0;  // slots holding a pointer or kErased
  size_t size_ = 0;  // pointers in the set
};

}  // namespace wt

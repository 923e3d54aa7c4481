// Runs a pure function over items 0..n-1 on a pool of threads and hands the
// results back in item order, so that what consumes them (the one thread
// that writes the store) sees the same sequence whatever the thread count.
// At most `window` results wait at a time: memory stays bounded when the
// consumer is slower than the workers.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace annals::cli {

template <typename T>
class OrderedPool {
 public:
  OrderedPool(std::size_t items, std::size_t threads, std::function<T(std::size_t)> work)
      : items_(items), window_(4 * threads + 16), work_(std::move(work)) {
    for (std::size_t t = 0; t < std::max<std::size_t>(threads, 1); ++t)
      workers_.emplace_back([this] { run(); });
  }
  ~OrderedPool() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stop_ = true;
    }
    changed_.notify_all();
    for (std::thread& w : workers_) w.join();
  }
  OrderedPool(const OrderedPool&) = delete;
  OrderedPool& operator=(const OrderedPool&) = delete;

  // The result of item `taken_` (the next in order); blocks until it is done.
  T next() {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [&] { return ready_.count(taken_) > 0; });
    auto it = ready_.find(taken_);
    T out = std::move(it->second);
    ready_.erase(it);
    ++taken_;
    changed_.notify_all();
    return out;
  }

 private:
  void run() {
    for (;;) {
      std::size_t i = 0;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        changed_.wait(lock,
                      [&] { return stop_ || claimed_ >= items_ || claimed_ < taken_ + window_; });
        if (stop_ || claimed_ >= items_) return;
        i = claimed_++;
      }
      T result = work_(i);
      {
        std::lock_guard<std::mutex> lock(mutex_);
        ready_.emplace(i, std::move(result));
      }
      changed_.notify_all();
    }
  }

  const std::size_t items_;
  const std::size_t window_;
  std::function<T(std::size_t)> work_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::size_t claimed_ = 0;  // next item a worker takes
  std::size_t taken_ = 0;    // next item next() returns
  std::map<std::size_t, T> ready_;
  bool stop_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace annals::cli

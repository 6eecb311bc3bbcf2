#include "engine/util/sink.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace crosscheck::util {

namespace {
constexpr size_t kBufferBytes = 1 << 20;
// Appends of at least this many bytes are written straight to the file (after what the buffer
// holds): the writers hand over pieces of 64-256 KiB, which the buffer only copied once more.
constexpr size_t kDirectBytes = 1 << 16;
}

OutputFile::~OutputFile() {
  if (f_) {
    std::fclose(f_);
    std::remove(tmp_.c_str());
  }
}

Status OutputFile::Open(const std::string& path) {
  path_ = path;
  tmp_ = path + ".tmp." + std::to_string(::getpid());
  f_ = std::fopen(tmp_.c_str(), "wb");
  if (!f_) return Status::IoError(tmp_ + ": cannot create: " + std::strerror(errno));
  std::setvbuf(f_, nullptr, _IONBF, 0);  // buf_ is the buffer: a write is one write(2), not copied again
  buf_.reserve(kBufferBytes);
  failed_ = false;
  bytes_ = 0;
  return Status::OK();
}

void OutputFile::FlushBuffer() {
  if (!f_ || buf_.empty()) return;
  if (std::fwrite(buf_.data(), 1, buf_.size(), f_) != buf_.size()) failed_ = true;
  buf_.clear();
}

void OutputFile::Append(std::string_view bytes) {
  bytes_ += bytes.size();
  if (bytes.size() >= kDirectBytes) {
    FlushBuffer();
    if (f_ && std::fwrite(bytes.data(), 1, bytes.size(), f_) != bytes.size()) failed_ = true;
    return;
  }
  if (buf_.size() + bytes.size() > kBufferBytes) FlushBuffer();
  buf_.append(bytes);
}

Status OutputFile::Commit() {
  if (!f_) return Status::IoError(path_ + ": not open");
  FlushBuffer();
  bool bad = failed_ || std::fflush(f_) != 0;
  bad = std::fclose(f_) != 0 || bad;
  f_ = nullptr;
  if (bad) {
    std::remove(tmp_.c_str());
    return Status::IoError(tmp_ + ": write failed");
  }
  if (std::rename(tmp_.c_str(), path_.c_str()) != 0) {
    std::string err = std::strerror(errno);
    std::remove(tmp_.c_str());
    return Status::IoError(path_ + ": rename failed: " + err);
  }
  return Status::OK();
}

}  // namespace crosscheck::util

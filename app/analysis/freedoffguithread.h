#pragma once

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#include <memory>
#include <utility>

namespace bp {

/// @p value in a shared pointer whose last owner, should it let go on the GUI thread, has the
/// value destroyed on the global thread pool instead. The editor drops the previous analysis
/// result on the GUI thread when the next one arrives; at 100,000 steps freeing it (tens of
/// thousands of findings, the snapshot) takes about 30 ms, which typing and dragging should not
/// wait for. Anywhere else, and once the application is gone, the value is destroyed at once.
template<class T> std::shared_ptr<const T> sharedFreedOffGuiThread(T &&value)
{
    return std::shared_ptr<const T>(new T(std::move(value)), [](const T *p) {
        const QCoreApplication *app = QCoreApplication::instance();
        if (app && QThread::currentThread() == app->thread())
            QThreadPool::globalInstance()->start([p] { delete p; });
        else
            delete p;
    });
}

} // namespace bp

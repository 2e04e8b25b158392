#pragma once

#include "changeevent.h"
#include "model/blueprint.h"
#include "model/ids.h"

#include <QObject>
#include <QUndoStack>

#include <vector>

/// @file document.h
/// The open blueprint: model, undo stack, file name, clean state.

namespace bp {

/// Steps and flows removed together, by value, so that undo can restore the same ids.
struct ElementSnapshot
{
    std::vector<Step> steps; ///< in creation order
    std::vector<Flow> flows; ///< in creation order
    bool empty() const { return steps.empty() && flows.empty(); }
};

/// A blueprint being edited. Owns the Blueprint and its QUndoStack.
///
/// Views read blueprint() and listen to changed(). The mutation primitives below are called
/// only by commands (core/commands): every user edit is a command on undoStack(). Each primitive
/// validates its input, changes the model and emits exactly one changed() event.
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);
    explicit Document(Blueprint blueprint, QObject *parent = nullptr);
    ~Document() override;

    const Blueprint &blueprint() const { return m_blueprint; }
    QUndoStack *undoStack() { return &m_undoStack; }

    QString fileName() const { return m_fileName; }
    void setFileName(const QString &fileName);
    /// True when there are edits since the last save (or load).
    bool isModified() const { return !m_undoStack.isClean(); }
    /// Marks the current state as saved.
    void markSaved() { m_undoStack.setClean(); }

    /// Replaces the whole model (load, revert). Clears the undo history.
    void resetBlueprint(Blueprint blueprint);

    /// A fresh element id that no element of this document uses.
    ElementId newId(IdPrefix prefix) const;

    // ---- mutation primitives (for commands only) ----

    /// Adds steps, then flows. Fails (changing nothing) when an id is taken, a lane is missing or
    /// a flow's end is missing.
    bool addElements(const ElementSnapshot &elements);
    /// Removes flows and steps (with every flow that touches them). Returns what was removed.
    ElementSnapshot removeElements(const QVector<ElementId> &stepIds,
                                   const QVector<ElementId> &flowIds);
    /// Replaces the data of existing steps (matched by id).
    bool updateSteps(const std::vector<Step> &steps);
    /// Replaces the data of existing flows (matched by id); moves edges whose ends changed.
    bool updateFlows(const std::vector<Flow> &flows);
    bool insertLane(int index, const Lane &lane);
    bool removeLane(const ElementId &id);
    bool updateLane(const Lane &lane);
    bool moveLane(const ElementId &id, int newIndex);
    bool insertPool(int index, const Pool &pool);
    bool removePool(const ElementId &id);
    bool updatePool(const Pool &pool);
    void setDemand(const std::optional<Demand> &demand);
    void setMeta(const Meta &meta);
    void setAnalysisSettings(const AnalysisSettings &settings);

signals:
    /// Emitted once for every mutation.
    void changed(const bp::ChangeEvent &event);
    void fileNameChanged(const QString &fileName);
    void modifiedChanged(bool modified);

private:
    Blueprint m_blueprint;
    QUndoStack m_undoStack;
    QString m_fileName;
};

} // namespace bp
